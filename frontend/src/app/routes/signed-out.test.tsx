import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { signedOut } from '@/features/auth/api/get-me';
import { mockFetch, renderAt } from '@/test/render';
import AccountPage from './AccountPage';
import CuratePage from './CuratePage';
import NotesPage from './NotesPage';
import OpsPage from './OpsPage';
import PlacementPage from './PlacementPage';
import PlanPage from './PlanPage';

// Each page a visitor can reach signed out, and whether it also offers to create an account.
const pages: [string, ReactElement, boolean][] = [
  ['/plan', <PlanPage />, true],
  ['/placement', <PlacementPage />, true],
  ['/notes', <NotesPage />, true],
  ['/account', <AccountPage />, false],
  ['/curate', <CuratePage />, false],
  ['/ops?from=menu', <OpsPage />, false],
];

test.each(pages)('signed out on %s, logging in or signing up comes back to the same page', async (route, page, register) => {
  mockFetch({ 'GET /api/auth/me/': signedOut });
  renderAt(page, { path: route.split('?')[0], route });

  const next = `?next=${encodeURIComponent(route)}`;
  expect(await screen.findByRole('link', { name: 'Log in' })).toHaveAttribute('href', `/login${next}`);
  const signUp = screen.queryByRole('link', { name: 'create an account' });
  if (register) expect(signUp).toHaveAttribute('href', `/register${next}`);
  else expect(signUp).toBeNull();
});
