import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt, type FetchRoutes } from '@/test/render';
import type { Profile } from '../api/plan';
import { PlanForm } from './PlanForm';

const topics = [
  { slug: 'vectors', title: 'Vectors', area: 'linear-algebra' },
  { slug: 'eigenvalues', title: 'Eigenvalues and eigenvectors', area: 'linear-algebra' },
  { slug: 'derivatives', title: 'Derivatives', area: 'calculus' },
  { slug: 'gradient-descent', title: 'Gradient descent', area: 'optimisation' },
];
const areas = [
  { slug: 'linear-algebra', title: 'Linear algebra', topic_count: 2 },
  { slug: 'calculus', title: 'Calculus', topic_count: 1 },
  { slug: 'optimisation', title: 'Optimisation', topic_count: 1 },
];
const roles = [
  { slug: 'data-scientist', title: 'Data scientist' },
  { slug: 'ml-engineer', title: 'Machine learning engineer' },
];
const saved: Profile = {
  role: null,
  custom_topics: ['derivatives', 'eigenvalues'],
  hours_per_day: '1.00',
  study_days_per_week: 6,
  start_date: '2030-01-01',
  target_date: '2030-07-01',
  time_zone: 'UTC',
  remind_when_behind: false,
};

function setUp(extra: FetchRoutes = {}) {
  return mockFetch({
    'GET /api/topics/': topics,
    'GET /api/areas/': areas,
    'GET /api/learning/profile/defaults/': { hours_per_day: 1, start_date: '2030-01-01', target_date: '2030-07-01', months: 6 },
    'PUT /api/learning/profile/': ({ body }: { body: string }) => ({ ...saved, ...JSON.parse(body) }),
    ...extra,
  });
}

const sent = (calls: { method: string; body: string }[]) =>
  JSON.parse(calls.find((call) => call.method === 'PUT')!.body) as Record<string, unknown>;

test('a learner aims at topics of their own: search, tick, and the save sends them instead of a role', async () => {
  const user = userEvent.setup();
  const { calls } = setUp();
  renderAt(<PlanForm profile={null} roles={roles} />);

  await user.click(screen.getByRole('radio', { name: 'Topics I choose' }));
  const picker = screen.getByRole('group', { name: 'Your goal: topics you choose' });
  expect(await within(picker).findByRole('checkbox', { name: 'Vectors' })).toBeInTheDocument();
  expect(screen.queryByLabelText('Your goal')).not.toBeInTheDocument();

  // The search narrows the list by title (and area name) and says how many match.
  await user.type(within(picker).getByRole('searchbox', { name: 'Find topics' }), 'eigen');
  expect(within(picker).getByText('1 of 4 topics match “eigen”')).toBeInTheDocument();
  expect(within(picker).queryByRole('checkbox', { name: 'Vectors' })).not.toBeInTheDocument();
  expect(within(picker).getByRole('button', { name: 'Select the 1 shown in Linear algebra' })).toBeInTheDocument();
  await user.click(within(picker).getByRole('checkbox', { name: 'Eigenvalues and eigenvectors' }));

  await user.clear(within(picker).getByRole('searchbox', { name: 'Find topics' }));
  await user.type(within(picker).getByRole('searchbox', { name: 'Find topics' }), 'optimis');
  expect(within(picker).getByRole('checkbox', { name: 'Gradient descent' })).toBeInTheDocument();
  expect(within(picker).queryByRole('checkbox', { name: 'Derivatives' })).not.toBeInTheDocument();
  await user.click(within(picker).getByRole('button', { name: 'Select all 1 in Optimisation' }));
  expect(within(picker).getByText(/topics selected/)).toHaveTextContent('2 topics selected');

  await user.click(screen.getByRole('button', { name: 'Make my plan' }));
  await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
  expect(sent(calls)).toMatchObject({ role: null, custom_topics: ['eigenvalues', 'gradient-descent'] });
});

test('the saved topics are shown chosen, and can be removed from the list of chosen ones', async () => {
  const user = userEvent.setup();
  const { calls } = setUp();
  renderAt(<PlanForm profile={saved} roles={roles} />);

  expect(screen.getByRole('radio', { name: 'Topics I choose' })).toBeChecked();
  const picker = screen.getByRole('group', { name: 'Your goal: topics you choose' });
  expect(await within(picker).findByRole('checkbox', { name: 'Derivatives' })).toBeChecked();
  expect(within(picker).getByRole('checkbox', { name: 'Eigenvalues and eigenvectors' })).toBeChecked();
  expect(within(picker).getByRole('checkbox', { name: 'Vectors' })).not.toBeChecked();
  expect(within(picker).getByText(/topics selected/)).toHaveTextContent('2 topics selected');
  const chosen = within(picker).getByRole('list', { name: 'Selected topics' });
  expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Derivatives×',
    'Eigenvalues and eigenvectors×',
  ]);

  await user.click(within(chosen).getByRole('button', { name: 'Remove Derivatives' }));
  expect(within(picker).getByRole('checkbox', { name: 'Derivatives' })).not.toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Save and re-plan' }));
  await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
  expect(sent(calls)).toMatchObject({ role: null, custom_topics: ['eigenvalues'] });
});

test('going back to a role clears the custom topics', async () => {
  const user = userEvent.setup();
  const { calls } = setUp();
  renderAt(<PlanForm profile={saved} roles={roles} />);

  await user.click(screen.getByRole('radio', { name: 'A role' }));
  await user.selectOptions(screen.getByLabelText('Your goal'), 'Data scientist');
  await user.click(screen.getByRole('button', { name: 'Save and re-plan' }));
  await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
  expect(sent(calls)).toMatchObject({ role: 'data-scientist', custom_topics: [] });
});

test('no topic chosen is caught before saving; the API’s complaints about topics show at the picker', async () => {
  const user = userEvent.setup();
  const { calls } = setUp({
    'PUT /api/learning/profile/': {
      status: 400,
      body: {
        error: {
          status: 400,
          code: 'invalid',
          message: 'Some fields need attention.',
          fields: { custom_topics: ['Unknown topics: retired-topic.'] },
        },
      },
    },
  });
  renderAt(<PlanForm profile={null} roles={roles} />);

  await user.click(screen.getByRole('radio', { name: 'Topics I choose' }));
  await user.click(screen.getByRole('button', { name: 'Make my plan' }));
  expect(screen.getByText('Choose at least one topic to aim for.')).toBeInTheDocument();
  expect(calls.some((call) => call.method === 'PUT')).toBe(false);

  await user.click(await screen.findByRole('checkbox', { name: 'Vectors' }));
  expect(screen.queryByText('Choose at least one topic to aim for.')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Make my plan' }));
  expect(await screen.findByText('Unknown topics: retired-topic.')).toBeInTheDocument();
  expect(screen.getByText('Some fields need attention.')).toBeInTheDocument();
});

test('the behind-plan email is off for a new plan and is sent as false when left alone', async () => {
  const user = userEvent.setup();
  const { calls } = setUp();
  renderAt(<PlanForm profile={null} roles={roles} />);

  const remind = screen.getByRole('checkbox', { name: 'Email me when my plan is behind' });
  expect(remind).not.toBeChecked();
  expect(remind).toHaveAccessibleDescription(/At most one email a week/);
  await user.selectOptions(screen.getByLabelText('Your goal'), 'Data scientist');
  await user.click(screen.getByRole('button', { name: 'Make my plan' }));
  await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
  expect(sent(calls)).toMatchObject({ role: 'data-scientist', remind_when_behind: false });
});

test('ticking “Email me when my plan is behind” saves it with the profile, and a saved choice shows ticked', async () => {
  const user = userEvent.setup();
  const { calls } = setUp();
  const { unmount } = renderAt(<PlanForm profile={saved} roles={roles} />);

  await user.click(screen.getByRole('checkbox', { name: 'Email me when my plan is behind' }));
  await user.click(screen.getByRole('button', { name: 'Save and re-plan' }));
  await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
  expect(sent(calls)).toMatchObject({ remind_when_behind: true, custom_topics: ['derivatives', 'eigenvalues'] });
  unmount();

  renderAt(<PlanForm profile={{ ...saved, remind_when_behind: true }} roles={roles} />);
  expect(screen.getByRole('checkbox', { name: 'Email me when my plan is behind' })).toBeChecked();
});
