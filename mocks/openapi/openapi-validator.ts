import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface Doc {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, unknown>>;
}

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

/**
 * Validates bodies against the OpenAPI document's own schemas (JSON Schema 2020-12, with Ajv),
 * so tests can check that what the mock answers is what the document promises. Compiling checks
 * every component against the 2020-12 meta-schema.
 */
export function openApiValidator(doc: Doc) {
  const id = 'urn:vigil:openapi';
  const defs = JSON.parse(
    JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', `"${id}#/$defs/`),
  ) as Record<string, unknown>;
  // Formats are described, not enforced, here: the patterns zod emits beside them are.
  const ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: id, $defs: defs });
  const compiled = new Map<string, ValidateFunction>();
  for (const name of Object.keys(defs)) {
    compiled.set(name, ajv.compile({ $ref: `${id}#/$defs/${name}` }));
  }

  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));

  /**
   * Errors of `body` as the answer `status` to `method url` (a concrete path, search allowed), or
   * [] when the document promises exactly that.
   */
  return (method: string, url: string, status: number, body: unknown): string[] => {
    const path = url.split('?')[0]!;
    const template =
      path in doc.paths ? path : templates.find((t) => t.pattern.test(path))?.template;
    const operation = template
      ? (doc.paths[template]?.[method.toLowerCase()] as Operation | undefined)
      : undefined;
    if (!operation) return [`${method} ${path} is not in the document`];
    const response = operation.responses[String(status)];
    if (!response) return [`${method} ${path} does not document the status ${status}`];
    const ref = Object.values(response.content ?? {})[0]?.schema?.$ref;
    if (!ref) return body === null ? [] : [`${method} ${path} ${status} documents no body`];
    const validate = compiled.get(ref.replace('#/components/schemas/', ''))!;
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  };
}
