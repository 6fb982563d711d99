import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { GroupDetail } from '../api/groups';
import { GroupSettings } from './GroupSettings';

const id = '6f1c0d8e-0000-4000-8000-000000000002';
const group: GroupDetail = {
  id,
  name: 'Linear algebra club',
  description: 'Tuesdays at 7.',
  goal: null,
  goal_title: null,
  visibility: 'private',
  member_count: 3,
  member_limit: null,
  my_role: 'owner',
  share_progress: true,
  share_hours: true,
  digest_email: true,
  members: [],
};
const path = `/api/groups/${id}/`;
const invalid = (fields: Record<string, string[]>) => ({
  status: 400,
  body: { error: { status: 400, code: 'invalid', message: 'Some fields need attention.', fields } },
});

test('an owner renames the group, makes it public and sets a limit; the save sends all of it', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({ [`PATCH ${path}`]: ({ body }: { body: string }) => ({ ...group, ...JSON.parse(body) }) });
  renderAt(<GroupSettings group={group} />);

  const name = screen.getByLabelText('Group name');
  expect(name).toHaveValue('Linear algebra club');
  expect(screen.getByLabelText('Description (optional)')).toHaveValue('Tuesdays at 7.');
  expect(screen.getByRole('radio', { name: /Private/ })).toBeChecked();
  await user.clear(name);
  await user.type(name, '  Eigen Friends ');
  await user.click(screen.getByRole('radio', { name: /Public/ }));
  await user.type(screen.getByLabelText('Member limit (optional)'), '8');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));

  expect(await screen.findByRole('status')).toHaveTextContent('Changes saved.');
  const patch = calls.find((call) => call.method === 'PATCH')!;
  expect(JSON.parse(patch.body)).toEqual({
    name: 'Eigen Friends',
    description: 'Tuesdays at 7.',
    visibility: 'public',
    member_limit: 8,
  });
  // Editing again takes the "saved" note away until the next save.
  await user.type(name, '!');
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

test('a name too short is caught before saving; the API’s complaint about the limit shows at the field', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({
    [`PATCH ${path}`]: invalid({ member_limit: ['The group already has more members than this limit.'] }),
  });
  renderAt(<GroupSettings group={group} />);

  await user.clear(screen.getByLabelText('Group name'));
  await user.type(screen.getByLabelText('Group name'), 'x');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(screen.getByText('Give the group a name of at least 2 characters.')).toBeInTheDocument();
  expect(screen.getByLabelText('Group name')).toHaveAttribute('aria-invalid', 'true');
  expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

  await user.type(screen.getByLabelText('Group name'), 'yz');
  await user.type(screen.getByLabelText('Member limit (optional)'), '2');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  const limit = screen.getByLabelText('Member limit (optional)');
  expect(await screen.findByText('The group already has more members than this limit.')).toBeInTheDocument();
  expect(limit).toHaveAttribute('aria-invalid', 'true');
  expect(limit).toHaveAccessibleDescription(/already has more members than this limit/);
  expect(screen.queryByText('Changes saved.')).not.toBeInTheDocument();
});

test('deleting asks for the group’s name first, then deletes and leaves the page', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({ [`DELETE ${path}`]: { status: 204 } });
  renderAt(<GroupSettings group={group} />, { path: '/groups/:id', route: `/groups/${id}` });

  await user.click(screen.getByRole('button', { name: 'Delete group…' }));
  const confirm = screen.getByRole('form', { name: 'Confirm deleting Linear algebra club' });
  const button = within(confirm).getByRole('button', { name: 'Delete Linear algebra club for good' });
  expect(button).toBeDisabled();
  await user.type(within(confirm).getByLabelText(/Type the group’s name/), 'Linear algebra');
  expect(button).toBeDisabled();
  await user.click(within(confirm).getByRole('button', { name: 'Keep the group' }));
  expect(screen.queryByRole('form', { name: /Confirm deleting/ })).not.toBeInTheDocument();
  expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

  await user.click(screen.getByRole('button', { name: 'Delete group…' }));
  await user.type(screen.getByLabelText(/Type the group’s name/), 'Linear algebra club');
  await user.click(screen.getByRole('button', { name: 'Delete Linear algebra club for good' }));
  expect(await screen.findByText('Navigated away')).toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([path]);
});

test('a refused delete says why and stays on the page', async () => {
  const user = userEvent.setup();
  mockFetch({
    [`DELETE ${path}`]: {
      status: 403,
      body: { error: { status: 403, code: 'permission_denied', message: 'Only the owner can do this.' } },
    },
  });
  renderAt(<GroupSettings group={group} />);

  await user.click(screen.getByRole('button', { name: 'Delete group…' }));
  await user.type(screen.getByLabelText(/Type the group’s name/), 'Linear algebra club');
  await user.click(screen.getByRole('button', { name: 'Delete Linear algebra club for good' }));
  expect(await screen.findByText('Only the owner can do this.')).toBeInTheDocument();
  expect(screen.queryByText('Navigated away')).not.toBeInTheDocument();
});

test('an admin may edit but is not offered deleting', async () => {
  mockFetch({});
  renderAt(<GroupSettings group={{ ...group, my_role: 'admin' }} />);

  expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  expect(screen.getByText('Only the group’s owner can delete it.')).toBeInTheDocument();
});
