import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';

type Reply = { status?: number; body?: unknown };
export type FetchRoutes = Record<string, unknown | Reply>;

const isReply = (value: unknown): value is Reply =>
  typeof value === 'object' && value !== null && ('status' in value || 'body' in value);

/**
 * Stubs fetch with canned JSON answers keyed by "METHOD /path/" (query string ignored); any other
 * request fails the test loudly with a 599.
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
    const reply: Reply = isReply(route) ? route : { status: 200, body: route };
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
