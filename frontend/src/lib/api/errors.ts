export type FieldErrors = Record<string, string[]>;

type ErrorBody = {
  error?: { status?: number; code?: string; message?: string; fields?: FieldErrors };
};

const fallbackMessages: Record<number, string> = {
  400: 'Some of the details are not right.',
  401: 'Please log in first.',
  403: 'You are not allowed to do that.',
  404: 'We could not find that page.',
  429: 'Too many attempts. Please wait a moment and try again.',
};

/** The API's single error shape, `{"error": {status, code, message, fields?}}`, as an exception. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(status: number, code: string, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  static fromResponse(status: number, body: unknown): ApiError {
    const error = (body as ErrorBody | null | undefined)?.error;
    const message =
      error?.message ?? fallbackMessages[status] ?? 'Something went wrong on our side. Please try again.';
    return new ApiError(status, error?.code ?? `http_${status}`, message, error?.fields ?? {});
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A sentence a person can act on, for any error a query or mutation can throw. */
export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof TypeError) return 'Could not reach Lemma. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}
