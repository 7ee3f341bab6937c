import { HttpResponse } from 'msw';
import {
  configurationDocumentSchema,
  importPreviewSchema,
  importResultSchema,
} from '../../src/api/contracts/configuration-transfer';
import { endpoints } from '../../src/api/endpoints';
import {
  applyImport,
  configurationEtag,
  exportConfiguration,
  planImport,
} from '../configuration/transfer';
import { previewOf } from '../configuration/transfer';
import { store } from '../store/store';
import { apiRoute, checkIfMatch } from './api-route';
import { problem } from './problem';

const invalid = (errors: Record<string, string[]>) =>
  problem(400, 'The configuration file is not valid', {
    code: 'validation',
    detail: 'Nothing was imported. Correct the file and try again.',
    errors,
  });

/**
 * Export and import of the whole configuration (domain catalog §11): a versioned JSON document,
 * without secrets. Import is previewed as a per-page diff, then applied all or nothing against the
 * version the preview was made from (If-Match), one audit entry per changed resource.
 */
export const configurationTransferHandlers = [
  apiRoute(
    'get',
    endpoints.configurationExport,
    {
      summary: 'Export the instance’s configuration as one JSON document (secrets left out)',
      permission: 'config.export',
      response: configurationDocumentSchema,
    },
    ({ caller, now }) => {
      const document = exportConfiguration({ caller, now });
      const date = document.exportedAt.slice(0, 10);
      return HttpResponse.json(document, {
        headers: {
          'Content-Disposition': `attachment; filename="vigil-configuration-${document.instance}-${date}.json"`,
        },
      });
    },
  ),

  apiRoute(
    'post',
    endpoints.configurationImportPreview,
    {
      summary: 'Validate a configuration document and show what importing it would change',
      permission: 'config.import',
      body: configurationDocumentSchema,
      response: importPreviewSchema,
      errors: { 400: 'A section is unknown or not valid (`errors`, keyed by path in the file).' },
    },
    async ({ caller, now, body }) => {
      const ctx = { caller, now };
      const plan = await planImport(ctx, body);
      if (!plan.ok) return invalid(plan.errors);
      return HttpResponse.json(previewOf(ctx, body, plan));
    },
  ),

  apiRoute(
    'post',
    endpoints.configurationImport,
    {
      summary: 'Import a configuration document: every section or none, audited per resource',
      permission: 'config.import',
      body: configurationDocumentSchema,
      response: importResultSchema,
      ifMatch: 'required',
      errors: { 400: 'A section is unknown or not valid (`errors`, keyed by path in the file).' },
    },
    async ({ caller, now, body, request }) => {
      const ctx = { caller, now };
      const plan = await planImport(ctx, body);
      if (!plan.ok) return invalid(plan.errors);
      const conflict = checkIfMatch(request, configurationEtag(ctx));
      if (conflict) return conflict;
      const result = applyImport(ctx, body, plan);
      await store.save();
      return HttpResponse.json(result);
    },
  ),
];
