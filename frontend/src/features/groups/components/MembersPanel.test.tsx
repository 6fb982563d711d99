import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { mockFetch, renderAt } from '@/test/render';
import { useGroup, type GroupDetail, type GroupMember } from '../api/groups';
import { MembersPanel } from './MembersPanel';

const groupId = '6f1c0d8e-0000-4000-8000-000000000001';
const base = `/api/groups/${groupId}`;

const member = (user_id: number, username: string, role: GroupMember['role']): GroupMember => ({
  user_id,
  username,
  role,
  joined_at: '2025-03-01T10:00:00Z',
  share_progress: true,
  share_hours: false,
});
const ada = member(1, 'ada', 'owner');
const bea = member(2, 'bea', 'member');
const cy = member(3, 'cy', 'member');

function groupFor(myRole: string, members: GroupMember[]): GroupDetail {
  return {
    id: groupId,
    name: 'Linear algebra club',
    description: '',
    goal: null,
    goal_title: null,
    visibility: 'private',
    member_count: members.length,
    member_limit: null,
    my_role: myRole,
    share_progress: true,
    share_hours: false,
    digest_email: true,
    members,
  };
}

const refused = (status: number, code: string, message: string) => ({
  status,
  body: { error: { status, code, message } },
});

/** The panel as GroupView uses it: fed by the group query, so a change shows once it refetches. */
function Harness({ meId, onLeft = () => {} }: { meId: number; onLeft?: () => void }) {
  const group = useGroup(groupId);
  return group.data ? <MembersPanel group={group.data} meId={meId} onLeft={onLeft} /> : null;
}

/** A server that keeps the member list and answers the membership operations on it. */
function groupServer(myRole: string, members: GroupMember[]) {
  let current = members;
  return mockFetch({
    [`GET ${base}/`]: () => groupFor(myRole, current),
    [`PATCH ${base}/members/2/`]: ({ body }: { body: string }) => {
      const { role } = JSON.parse(body) as { role: GroupMember['role'] };
      current = current.map((m) => (m.user_id === 2 ? { ...m, role } : m));
      return current.find((m) => m.user_id === 2);
    },
    [`DELETE ${base}/members/3/`]: () => {
      current = current.filter((m) => m.user_id !== 3);
      return { status: 204 };
    },
  });
}

const memberItem = (name: string) =>
  within(screen.getByRole('list', { name: 'Members' }))
    .getAllByRole('listitem')
    .find((item) => within(item).queryByText(new RegExp(`^${name}( \\(you\\))?$`)))!;

test('the owner removes a member only after confirming, and the member leaves the list', async () => {
  const { calls } = groupServer('owner', [ada, bea, cy]);
  renderAt(<Harness meId={1} />);

  expect(await screen.findByRole('heading', { name: 'Members (3)' })).toBeInTheDocument();
  expect(within(memberItem('ada')).getByText('owner')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Remove ada' })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Remove cy' }));
  expect(screen.getByText('Remove cy from the group?')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
  expect(screen.queryByText('Remove cy from the group?')).not.toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(0);

  await userEvent.click(screen.getByRole('button', { name: 'Remove cy' }));
  await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));

  expect(await screen.findByRole('heading', { name: 'Members (2)' })).toBeInTheDocument();
  expect(within(screen.getByRole('list', { name: 'Members' })).queryByText('cy')).not.toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([`${base}/members/3/`]);
});

test('a refused removal says why and keeps the member', async () => {
  mockFetch({
    [`GET ${base}/`]: groupFor('admin', [ada, bea, cy]),
    [`DELETE ${base}/members/3/`]: refused(403, 'not_group_admin', "Only the group's owner and admins can do this."),
  });
  renderAt(<Harness meId={2} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Remove cy' }));
  await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));

  expect(await screen.findByRole('alert')).toHaveTextContent("Only the group's owner and admins can do this.");
  expect(memberItem('cy')).toBeInTheDocument();
});

test('the owner makes a member an admin and back', async () => {
  const { calls } = groupServer('owner', [ada, bea, cy]);
  renderAt(<Harness meId={1} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Make bea an admin' }));

  expect(await screen.findByRole('button', { name: 'Make bea a member' })).toBeInTheDocument();
  expect(within(memberItem('bea')).getByText('admin')).toBeInTheDocument();
  expect(JSON.parse(calls.find((call) => call.method === 'PATCH')!.body)).toEqual({ role: 'admin' });

  await userEvent.click(screen.getByRole('button', { name: 'Make bea a member' }));
  expect(await screen.findByRole('button', { name: 'Make bea an admin' })).toBeInTheDocument();
  expect(JSON.parse(calls.filter((call) => call.method === 'PATCH').at(-1)!.body)).toEqual({ role: 'member' });
});

test('an admin removes plain members only, and cannot change roles or hand the group over', async () => {
  mockFetch({ [`GET ${base}/`]: groupFor('admin', [ada, { ...bea, role: 'admin' }, cy]) });
  renderAt(<Harness meId={2} />);

  expect(await screen.findByRole('button', { name: 'Remove cy' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Remove ada' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Remove bea' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Make / })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Hand over the group' })).not.toBeInTheDocument();
  expect(within(memberItem('bea')).getByText('bea (you)')).toBeInTheDocument();
});

test('the owner transfers ownership after choosing and confirming the new owner', async () => {
  let members = [ada, bea, cy];
  const { calls } = mockFetch({
    [`GET ${base}/`]: () => groupFor(members[0]!.role === 'owner' ? 'owner' : 'admin', members),
    [`POST ${base}/transfer/`]: () => {
      members = [{ ...ada, role: 'admin' }, { ...bea, role: 'owner' }, cy];
      return members[1];
    },
  });
  renderAt(<Harness meId={1} />);

  const transfer = await screen.findByRole('button', { name: 'Transfer ownership' });
  expect(transfer).toBeDisabled();
  const select = screen.getByLabelText('New owner');
  expect(within(select).queryByRole('option', { name: 'ada' })).not.toBeInTheDocument();
  await userEvent.selectOptions(select, 'bea');
  await userEvent.click(screen.getByRole('button', { name: 'Transfer ownership' }));
  expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  await userEvent.click(screen.getByRole('button', { name: 'Yes, make bea the owner' }));

  await waitFor(() => expect(within(memberItem('bea')).getByText('owner')).toBeInTheDocument());
  expect(JSON.parse(calls.find((call) => call.method === 'POST')!.body)).toEqual({ user_id: 2 });
  expect(within(memberItem('ada')).getByText('admin')).toBeInTheDocument();
  // Now an admin: no more role changes or hand-over, and free to leave.
  expect(screen.queryByRole('heading', { name: 'Hand over the group' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Make / })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Leave group' })).toBeInTheDocument();
});

test('a member leaves after confirming', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: groupFor('member', [ada, bea]),
    [`POST ${base}/leave/`]: { group_deleted: false },
  });
  const onLeft = vi.fn();
  renderAt(<Harness meId={2} onLeft={onLeft} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Leave group' }));
  expect(screen.getByText('Leave Linear algebra club?')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Stay' }));
  expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

  await userEvent.click(screen.getByRole('button', { name: 'Leave group' }));
  await userEvent.click(screen.getByRole('button', { name: 'Yes, leave' }));

  await waitFor(() => expect(onLeft).toHaveBeenCalledOnce());
  expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([`${base}/leave/`]);
});

test('an owner with other members is told to transfer ownership first and cannot leave', async () => {
  mockFetch({ [`GET ${base}/`]: groupFor('owner', [ada, bea]) });
  renderAt(<Harness meId={1} />);

  const leave = await screen.findByRole('region', { name: 'Leave the group' });
  expect(leave).toHaveTextContent('As the owner, transfer ownership to another member before you leave.');
  expect(within(leave).queryByRole('button')).not.toBeInTheDocument();
});

test('when someone joined meanwhile, the server’s owner-must-transfer refusal is shown as an alert', async () => {
  const onLeft = vi.fn();
  mockFetch({
    [`GET ${base}/`]: groupFor('owner', [ada]),
    [`POST ${base}/leave/`]: refused(400, 'owner_must_transfer', 'Transfer ownership to another member before leaving the group.'),
  });
  renderAt(<Harness meId={1} onLeft={onLeft} />);

  const leave = await screen.findByRole('region', { name: 'Leave the group' });
  expect(leave).toHaveTextContent('You are the only member: leaving deletes the group and its discussions.');
  await userEvent.click(within(leave).getByRole('button', { name: 'Leave group' }));
  await userEvent.click(within(leave).getByRole('button', { name: 'Yes, leave' }));

  expect(await within(leave).findByRole('alert')).toHaveTextContent(
    'Transfer ownership to another member before leaving the group.',
  );
  expect(onLeft).not.toHaveBeenCalled();
});
