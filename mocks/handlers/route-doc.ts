import type { HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import type { Permission } from '../../src/api/contracts/permissions';

/** What a successful answer carries. */
export interface ResponseDoc {
  /** Default 200. */
  status?: 200 | 201 | 204;
  /** The contract the body follows; omit only with 204 or a binary `contentType`. */
  schema?: z.ZodMiniType;
  /** Default application/json. */
  contentType?: string;
  /** The answer carries the resource's version in an ETag header. */
  etag?: boolean;
  description?: string;
}

/**
 * Everything the OpenAPI document says about one mock route. `apiRoute()` fills it from its
 * options; the few routes that are not `apiRoute`s (Demo controls, sensor registration, the
 * document itself) attach theirs with `documented()`.
 */
export interface RouteDoc {
  /** One line. Optional in the type so a route can land first; the contract guard test asks for it. */
  summary?: string;
  description?: string;
  /** Bearer: a user's access token; access-key: the X-Vigil-Access-Key header; none: no credential. */
  auth: 'bearer' | 'access-key' | 'none';
  permission?: Permission;
  /** Callers without a role may call it. */
  allowNoRole?: boolean;
  /** The tenant must have an instance (404 otherwise). */
  requiresInstance?: boolean;
  /** Search parameters, parsed with this object schema (400 with field errors). */
  query?: z.ZodMiniObject;
  /** Request body, parsed with this schema (400 with field errors). */
  body?: z.ZodMiniType;
  /** The successful answer: a bare schema means 200 with that JSON body. Asked for like `summary`. */
  response?: ResponseDoc | z.ZodMiniType;
  /** If-Match carries the version the change is based on: "required" answers 428 without it. */
  ifMatch?: 'required' | 'optional';
  /** Refusals specific to this route, by status (the shared ones are derived from the rest). */
  errors?: Partial<Record<number, string>>;
  /** Injected faults (Demo menu: latency, error rate, offline) apply to it. */
  faults?: boolean;
  /** Demo builds only: no real service has it. */
  demoOnly?: boolean;
}

const docs = new WeakMap<HttpHandler, RouteDoc>();

/** Attach the documentation of a route to its handler; returns the handler. */
export function documented<Handler extends HttpHandler>(handler: Handler, doc: RouteDoc): Handler {
  docs.set(handler, doc);
  return handler;
}

export function routeDocOf(handler: HttpHandler): RouteDoc | undefined {
  return docs.get(handler);
}

/** A response declared as a bare schema means 200 with that JSON body. */
export function responseDocOf(doc: RouteDoc): ResponseDoc | undefined {
  const { response } = doc;
  if (!response) return undefined;
  return '_zod' in response ? { schema: response } : response;
}
