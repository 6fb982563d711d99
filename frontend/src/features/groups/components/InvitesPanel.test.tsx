import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { mockFetch, renderAt } from '@/test/render';
import type { Invite } from '../api/invites';
import { InvitesPanel } from './InvitesPanel';

const groupId = '6f1c0d8e-0000-4000-8000-000000000001';
const base = `/api/groups/${groupId}/invites`;
const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();

const invite = (id: number, code: string, extra: Partial<Invite> = {}): Invite => ({
  id,
  code,
  created_at: '2025-03-01T10:00:00Z',
  expires_at: inTwoDays,
  max_uses: null,
  uses: 0,
  revoked_at: null,
  ...extra,
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else Reflect.deleteProperty(navigator, 'clipboard');
  };
}

let restoreClipboard = () => {};
afterEach(() => restoreClipboard());

/** A server holding the group's invites: create appends, revoke stamps revoked_at. */
function inviteServer(initial: Invite[]) {
  let invites = initial;
  return mockFetch({
    [`GET ${base}/`]: () => invites,
    [`POST ${base}/`]: ({ body }: { body: string }) => {
      const input = JSON.parse(body) as { max_uses: number | null };
      const created = invite(9, 'NewCode_9', { max_uses: input.max_uses });
      invites = [created, ...invites];
      return { status: 201, body: created };
    },
    [`POST ${base}/5/revoke/`]: () => {
      invites = invites.map((i) => (i.id === 5 ? { ...i, revoked_at: '2025-03-02T10:00:00Z' } : i));
      return invites.find((i) => i.id === 5);
    },
  });
}

const inviteItems = () => within(screen.getByRole('list', { name: 'Invites' })).getAllByRole('listitem');

test('with no invites the panel says how to start', async () => {
  inviteServer([]);
  renderAt(<InvitesPanel groupId={groupId} />);

  expect(await screen.findByText(/No invites yet/)).toBeInTheDocument();
});

test('an admin creates an invite with an expiry and a use limit, after fixing out-of-range values', async () => {
  const { calls } = inviteServer([]);
  renderAt(<InvitesPanel groupId={groupId} />);
  await screen.findByText(/No invites yet/);

  const days = screen.getByLabelText('Expires after (days)');
  const uses = screen.getByLabelText('Most people who can use it (optional)');
  await userEvent.clear(days);
  await userEvent.type(days, '31');
  await userEvent.type(uses, '0');
  await userEvent.click(screen.getByRole('button', { name: 'Create invite' }));
  expect(screen.getByText('An invite lasts 1 to 30 days.')).toBeInTheDocument();
  expect(screen.getByText('Uses go from 1 to 1000, or leave it empty for no limit.')).toBeInTheDocument();
  expect(days).toHaveAttribute('aria-invalid', 'true');
  expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

  await userEvent.clear(days);
  await userEvent.type(days, '3');
  await userEvent.clear(uses);
  await userEvent.type(uses, '2');
  await userEvent.click(screen.getByRole('button', { name: 'Create invite' }));

  expect(await screen.findByText(`${window.location.origin}/join/NewCode_9`)).toBeInTheDocument();
  expect(screen.getByText(/used 0 of 2 times/)).toBeInTheDocument();
  expect(screen.queryByText('An invite lasts 1 to 30 days.')).not.toBeInTheDocument();
  expect(JSON.parse(calls.find((call) => call.method === 'POST')!.body)).toEqual({ expires_in_days: 3, max_uses: 2 });
});

test('an empty use limit means no limit, and a field error from the server shows by its field', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: [],
    [`POST ${base}/`]: {
      status: 400,
      body: {
        error: {
          status: 400,
          code: 'invalid',
          message: 'Some of the details are not right.',
          fields: { expires_in_days: ['An invite lasts at most 30 days.'] },
        },
      },
    },
  });
  renderAt(<InvitesPanel groupId={groupId} />);
  await screen.findByText(/No invites yet/);

  await userEvent.click(screen.getByRole('button', { name: 'Create invite' }));

  expect(await screen.findByText('An invite lasts at most 30 days.')).toBeInTheDocument();
  expect(screen.getByLabelText('Expires after (days)')).toHaveAttribute('aria-invalid', 'true');
  expect(JSON.parse(calls.find((call) => call.method === 'POST')!.body)).toEqual({ expires_in_days: 7, max_uses: null });
});

test('copy link puts the whole invite link on the clipboard and says so', async () => {
  const writeText = vi.fn(() => Promise.resolve());
  inviteServer([invite(5, 'Abc_123', { max_uses: 3, uses: 1 })]);
  renderAt(<InvitesPanel groupId={groupId} />);

  expect(await screen.findByText(/used 1 of 3 time/)).toBeInTheDocument();
  restoreClipboard = stubClipboard(writeText);
  await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));

  expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/join/Abc_123`);
  expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  expect(screen.getByText('Link copied.')).toBeInTheDocument();
});

test('when the browser refuses to copy, the learner is told to copy by hand', async () => {
  inviteServer([invite(5, 'Abc_123')]);
  renderAt(<InvitesPanel groupId={groupId} />);

  await screen.findByRole('button', { name: 'Copy link' });
  restoreClipboard = stubClipboard(() => Promise.reject(new Error('denied')));
  await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));

  expect(await screen.findByText(/select the link and copy it by hand/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
});

test('revoking an invite marks it as no longer working and drops its buttons', async () => {
  const { calls } = inviteServer([invite(5, 'Abc_123'), invite(4, 'Old_4', { revoked_at: '2025-03-01T12:00:00Z' })]);
  renderAt(<InvitesPanel groupId={groupId} />);

  await screen.findByText(`${window.location.origin}/join/Abc_123`);
  const [active, revoked] = inviteItems();
  expect(active).toHaveTextContent('Active');
  expect(revoked).toHaveTextContent('No longer works: revoked');
  expect(within(revoked!).queryByRole('button')).not.toBeInTheDocument();

  await userEvent.click(within(active!).getByRole('button', { name: 'Revoke' }));

  await waitFor(() => expect(inviteItems()[0]).toHaveTextContent('No longer works: revoked'));
  expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([`${base}/5/revoke/`]);
});
