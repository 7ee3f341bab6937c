import { problemSchema, type CurrentVersion } from './contracts/problem';

/** Every failed API call becomes an ApiError, whatever went wrong. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly fieldErrors: Record<string, string[]>;
  readonly missingPermission: string | undefined;
  /** For 412: who saved the version the resource is at now, and when. */
  readonly currentVersion: CurrentVersion | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    requestId?: string | undefined;
    fieldErrors?: Record<string, string[]> | undefined;
    missingPermission?: string | undefined;
    currentVersion?: CurrentVersion | undefined;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? {};
    this.missingPermission = init.missingPermission;
    this.currentVersion = init.currentVersion;
  }

  /** Worth retrying: the network or the server failed, not the request. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500;
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = problemSchema.safeParse(body);
    const p = parsed.success ? parsed.data : undefined;
    return new ApiError({
      status: response.status,
      code: p?.code ?? `http-${response.status}`,
      title: p?.title ?? (response.statusText || `Request failed (${response.status})`),
      detail: p?.detail,
      requestId: p?.requestId ?? response.headers.get('x-request-id') ?? undefined,
      fieldErrors: p?.errors,
      missingPermission: p?.missingPermission,
      currentVersion: p?.currentVersion,
    });
  }

  static network(cause: unknown): ApiError {
    return new ApiError({
      status: 0,
      code: 'network',
      title: 'Can’t reach the service',
      detail: cause instanceof Error ? cause.message : 'Check your connection and try again.',
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
