import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryView } from '@/components/States';
import { mockFetch, renderAt } from '@/test/render';
import { useGroup, type GroupDetail } from '../api/groups';
import { MembersPanel } from './MembersPanel';

const id = '6f1c0d8e-0000-4000-8000-000000000003';
const me = {
  user_id: 1,
  username: 'ada',
  role: 'member' as const,
  joined_at: '2030-01-01T00:00:00Z',
  share_progress: true,
  share_hours: true,
};
const group: GroupDetail = {
  id,
  name: 'Calculus crew',
  description: '',
  goal: null,
  goal_title: null,
  visibility: 'private',
  member_count: 1,
  member_limit: null,
  my_role: 'member',
  share_progress: true,
  share_hours: true,
  digest_email: true,
  members: [me],
};

/** The panel as the group page shows it: fed by the group query, so a save shows what the server kept. */
function Screen() {
  const query = useGroup(id);
  return (
    <QueryView query={query} loading="Loading the group…">
      {(data) => <MembersPanel group={data} meId={1} onLeft={() => {}} />}
    </QueryView>
  );
}

test('turning the weekly digest email off saves it for this group and the box shows what was kept', async () => {
  const user = userEvent.setup();
  let digest = true;
  const { calls } = mockFetch({
    [`GET /api/groups/${id}/`]: () => ({ ...group, digest_email: digest }),
    [`PATCH /api/groups/${id}/me/`]: ({ body }: { body: string }) => {
      digest = (JSON.parse(body) as { digest_email: boolean }).digest_email;
      return { ...me, digest_email: digest };
    },
  });
  renderAt(<Screen />);

  const box = await screen.findByRole('checkbox', { name: 'Weekly digest email' });
  expect(box).toBeChecked();
  expect(box).toHaveAccessibleDescription(/Once a week/);
  await user.click(box);

  await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Weekly digest email' })).not.toBeChecked());
  const patch = calls.find((call) => call.method === 'PATCH')!;
  expect(JSON.parse(patch.body)).toEqual({ digest_email: false });
  // The sharing choices are untouched.
  expect(screen.getByRole('checkbox', { name: /Share my topic progress/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /Share my study hours/ })).toBeChecked();
});

test('a failed save says so and the box keeps the stored choice', async () => {
  const user = userEvent.setup();
  mockFetch({
    [`GET /api/groups/${id}/`]: { ...group, digest_email: false },
    [`PATCH /api/groups/${id}/me/`]: {
      status: 500,
      body: { error: { status: 500, code: 'error', message: 'Something went wrong on our side.' } },
    },
  });
  renderAt(<Screen />);

  const box = await screen.findByRole('checkbox', { name: 'Weekly digest email' });
  expect(box).not.toBeChecked();
  await user.click(box);
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: 'Weekly digest email' })).not.toBeChecked();
});
