import { http, HttpResponse, type RequestHandler } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import { documented } from './route-doc';

/**
 * GET /api/openapi.json: the OpenAPI 3.1 document of this API, generated on request from the
 * routes being served (the same as the checked-in docs/openapi.json, which a test keeps equal).
 * The generator loads on first request, so the demo pays for it only when someone asks.
 */
export function openApiHandlers(servedHandlers: () => readonly RequestHandler[]) {
  return [
    documented(
      http.get(endpoints.openApi, async () => {
        const { buildOpenApiDocument } = await import('../openapi/document');
        return HttpResponse.json(buildOpenApiDocument(servedHandlers()), {
          headers: { 'Content-Type': 'application/vnd.oai.openapi+json;version=3.1' },
        });
      }),
      {
        summary: 'This OpenAPI document',
        description:
          'The OpenAPI 3.1 description of every route of the API, generated from the zod contracts and the route declarations.',
        auth: 'none',
        response: { contentType: 'application/vnd.oai.openapi+json;version=3.1' },
      },
    ),
  ];
}
