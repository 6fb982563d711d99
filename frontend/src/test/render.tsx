import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';

type Reply = { status?: number; body?: unknown };
type Responder = (request: { url: URL; body: string }) => unknown | Reply;
export type FetchRoutes = Record<string, unknown | Reply | Responder>;

// A reply has only `status` (a number) and `body`; an API object with a `status` field is a body.
const isReply = (value: unknown): value is Reply =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key === 'status' || key === 'body') &&
  (!('status' in value) || typeof value.status === 'number');

/**
 * Stubs fetch with canned JSON answers keyed by "METHOD /path/" (query string ignored); a function
 * answers each call afresh (for a sequence of replies). Any other request fails loudly with a 599.
 */
export function mockFetch(routes: FetchRoutes) {
  const calls: { method: string; path: string; headers: Headers; body: string }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const url = new URL(request.url);
    const body = request.method === 'GET' ? '' : await request.text();
    calls.push({ method: request.method, path: url.pathname, headers: request.headers, body });
    const key = `${request.method} ${url.pathname}`;
    if (!(key in routes)) return new Response(JSON.stringify({ unexpected: key }), { status: 599 });
    const route = routes[key];
    const answer = typeof route === 'function' ? (route as Responder)({ url, body }) : route;
    const reply: Reply = isReply(answer) ? answer : { status: 200, body: answer };
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}

/** Renders a screen inside fresh query and router providers, at the given URL. */
export function renderAt(ui: ReactElement, { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<p>Navigated away</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
