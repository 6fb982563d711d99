import createClient, { type Middleware } from 'openapi-fetch';
import { readCookie } from './cookies';
import { ApiError } from './errors';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Django checks writes against the csrftoken cookie; fetch it once if the browser has none yet.
async function csrfToken(): Promise<string | null> {
  const existing = readCookie('csrftoken');
  if (existing) return existing;
  await globalThis.fetch(new URL('/api/auth/csrf/', window.location.origin), { credentials: 'same-origin' });
  return readCookie('csrftoken');
}

const csrfMiddleware: Middleware = {
  async onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return undefined;
    const token = await csrfToken();
    if (token) request.headers.set('X-CSRFToken', token);
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  // Look fetch up on every call so tests can stub it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrfMiddleware);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Resolves to the response body, or throws an ApiError carrying the API's error shape. */
export async function unwrap<T>(request: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw ApiError.fromResponse(response.status, error);
  return data as T;
}
