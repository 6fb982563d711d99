import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { mockFetch, renderAt } from '@/test/render';
import { JoinByCodeForm } from './JoinByCodeForm';
import { JoinInvite } from './JoinInvite';

// Only the id matters to the page; the rest is what the API sends back.
const group = {
  id: '6f1c0d8e-0000-4000-8000-000000000001',
  name: 'Linear algebra club',
  description: '',
  goal: 'ml-engineer',
  goal_title: 'Machine learning engineer',
  visibility: 'private',
  member_count: 2,
  member_limit: null,
  my_role: 'member',
  share_progress: true,
  share_hours: false,
  members: [],
};

const preview = {
  name: 'Linear algebra club',
  description: 'Tuesdays, one chapter a week.',
  goal_title: 'Machine learning engineer',
  member_count: 2,
  usable: true,
  reason: null,
};
const lookup = 'GET /api/groups/invites/abc123/';

const refused = (status: number, code: string, message: string) => ({
  status,
  body: { error: { status, code, message } },
});

test('confirming an invite joins the group', async () => {
  const { calls } = mockFetch({ [lookup]: preview, 'POST /api/groups/join/': { status: 201, body: group } });
  const onJoined = vi.fn();
  renderAt(<JoinInvite code="abc123" onJoined={onJoined} />);

  expect(await screen.findByRole('heading', { name: 'Linear algebra club' })).toBeInTheDocument();
  expect(screen.getByText('Tuesdays, one chapter a week.')).toBeInTheDocument();
  expect(screen.getByText(/2 members · Goal: Machine learning engineer/)).toBeInTheDocument();
  expect(calls.map((call) => call.method)).toEqual(['GET']);
  await userEvent.click(screen.getByRole('button', { name: 'Join the group' }));

  await vi.waitFor(() => expect(onJoined).toHaveBeenCalledWith(group));
  expect(JSON.parse(calls.find((call) => call.path === '/api/groups/join/')!.body)).toEqual({ code: 'abc123' });
});

test.each([
  [410, 'invite_expired', 'This invite has expired'],
  [410, 'invite_revoked', 'This invite has been withdrawn'],
  [410, 'invite_used_up', 'This invite has been used up'],
  [400, 'group_full', 'This group is full'],
  [404, 'invite_unknown', 'This invite link is not valid'],
])('a %i %s answer says what happened and what to do', async (status, code, title) => {
  mockFetch({ [lookup]: preview, 'POST /api/groups/join/': refused(status, code, 'server words') });
  renderAt(<JoinInvite code="abc123" onJoined={vi.fn()} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Join the group' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(title);
  expect(alert).toHaveTextContent(/Ask|admin|Check/);
  expect(screen.queryByRole('button', { name: 'Join the group' })).not.toBeInTheDocument();
});

test.each([
  ['expired', 'This invite has expired'],
  ['revoked', 'This invite has been withdrawn'],
  ['used_up', 'This invite has been used up'],
  ['full', 'This group is full'],
])('an invite the preview calls %s shows the group, the reason and no Join button', async (reason, title) => {
  const { calls } = mockFetch({ [lookup]: { ...preview, usable: false, reason } });
  renderAt(<JoinInvite code="abc123" onJoined={vi.fn()} />);

  expect(await screen.findByRole('alert')).toHaveTextContent(title);
  expect(screen.getByRole('heading', { name: 'Linear algebra club' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Join the group' })).not.toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
});

test('an unknown code says the link is not valid', async () => {
  mockFetch({ [lookup]: refused(404, 'not_found', 'This invite code is not valid.') });
  renderAt(<JoinInvite code="abc123" onJoined={vi.fn()} />);

  expect(await screen.findByRole('alert')).toHaveTextContent('This invite link is not valid');
  expect(screen.queryByRole('button', { name: 'Join the group' })).not.toBeInTheDocument();
});

test('the join form takes a whole pasted link and sends only its code', async () => {
  const { calls } = mockFetch({ 'POST /api/groups/join/': refused(400, 'already_member', 'You are already in this group.') });
  renderAt(<JoinByCodeForm onJoined={vi.fn()} />);

  await userEvent.click(screen.getByRole('button', { name: 'Join' }));
  expect(await screen.findByText('Paste the invite link or code you were sent.')).toBeInTheDocument();

  await userEvent.type(screen.getByLabelText('Invite link or code'), 'http://lemma.test/join/XyZ_42');
  await userEvent.click(screen.getByRole('button', { name: 'Join' }));

  expect(await screen.findByText(/You are already in this group/)).toBeInTheDocument();
  expect(JSON.parse(calls.at(-1)!.body)).toEqual({ code: 'XyZ_42' });
});
