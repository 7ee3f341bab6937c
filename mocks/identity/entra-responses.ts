import { HttpResponse, type JsonBodyType } from 'msw';

/**
 * Response shapes of Entra ID's endpoints: JSON with the CORS and caching headers the real service
 * sends, and OAuth errors in its format (AADSTS code in the description, error_codes, trace and
 * correlation ids, timestamp).
 */

export interface EntraErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
}

/** MSAL sends its correlation id as `client-request-id` (query string on the token endpoint). */
export function correlationIdOf(request: Request): string {
  const fromQuery = new URL(request.url).searchParams.get('client-request-id');
  return fromQuery ?? request.headers.get('client-request-id') ?? crypto.randomUUID();
}

function headers(correlationId: string, traceId: string): HeadersInit {
  return {
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store, no-cache',
    Pragma: 'no-cache',
    'client-request-id': correlationId,
    'x-ms-request-id': traceId,
  };
}

/** "2026-11-22 21:14:03Z", Entra's timestamp format. */
function entraTimestamp(now: number): string {
  return `${new Date(now).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export function entraJson(request: Request, body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, {
    status,
    headers: headers(correlationIdOf(request), crypto.randomUUID()),
  });
}

export interface EntraError {
  status?: number;
  error: string;
  code: number;
  description: string;
}

export function entraError(request: Request, e: EntraError, now = Date.now()): Response {
  const correlationId = correlationIdOf(request);
  const traceId = crypto.randomUUID();
  const timestamp = entraTimestamp(now);
  const body: EntraErrorBody = {
    error: e.error,
    error_description: `AADSTS${e.code}: ${e.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [e.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${e.code}`,
  };
  return HttpResponse.json(body, {
    status: e.status ?? 400,
    headers: headers(correlationId, traceId),
  });
}

/** Answer to a CORS preflight: Entra allows any origin on its token and discovery endpoints. */
export function preflight(request: Request): Response {
  return new HttpResponse(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers':
        request.headers.get('Access-Control-Request-Headers') ?? 'Content-Type',
      'Access-Control-Max-Age': '86400',
    },
  });
}
