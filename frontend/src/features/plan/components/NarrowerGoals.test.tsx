import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { Profile } from '../api/plan';
import type { ForecastAlternative } from '../api/schedule';
import { NarrowerGoals } from './NarrowerGoals';

const profile: Profile = {
  role: 'dl-engineer',
  custom_topics: [],
  hours_per_day: '1.00',
  study_days_per_week: 5,
  start_date: '2030-01-01',
  target_date: '2030-04-01',
  time_zone: 'Europe/Paris',
  remind_when_behind: false,
};
const alternatives: ForecastAlternative[] = [
  {
    label: 'Your goal without calculus',
    role: 'dl-engineer',
    custom_topics: ['softmax', 'vectors'],
    goal_topics: 2,
    needed_topics: 5,
    remaining_hours: 30.5,
    chance_by_target: 0.93,
    p50: '2030-03-01',
    p80: '2030-03-10',
  },
  {
    label: 'Machine learning engineer: core topics (no calculus needed)',
    role: 'ml-engineer',
    custom_topics: [],
    goal_topics: 13,
    needed_topics: 25,
    remaining_hours: 92,
    chance_by_target: 0.4,
    p50: '2030-05-01',
    p80: '2030-06-01',
  },
];

test('a narrower goal is offered with its chance and switching to it saves the profile after a confirmation', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({ 'PUT /api/learning/profile/': ({ body }: { body: string }) => ({ ...profile, ...JSON.parse(body) }) });
  renderAt(<NarrowerGoals alternatives={alternatives} profile={profile} />);

  const options = screen.getAllByRole('listitem');
  expect(options).toHaveLength(2);
  expect(options[0]).toHaveTextContent('Your goal without calculus');
  expect(options[0]).toHaveTextContent('2 goal topics (5 with prerequisites), 30.5 h left. 93% chance by your target');

  const buttons = screen.getAllByRole('button', { name: 'Switch to this goal' });
  expect(buttons[0]).toHaveAccessibleDescription('Your goal without calculus');
  await user.click(buttons[0]!);
  expect(screen.getByText('This replaces your goal; your progress stays.')).toBeInTheDocument();
  expect(calls).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Yes, switch' }));

  expect(await screen.findByRole('status')).toHaveTextContent('Your goal is now: Your goal without calculus.');
  const put = calls.find((call) => call.method === 'PUT');
  expect(JSON.parse(put!.body)).toEqual({
    role: 'dl-engineer',
    custom_topics: ['softmax', 'vectors'],
    hours_per_day: '1.00',
    study_days_per_week: 5,
    start_date: '2030-01-01',
    target_date: '2030-04-01',
    time_zone: 'Europe/Paris',
  });
});

test('cancel keeps the goal, and nothing is shown without alternatives', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({});
  const { unmount } = renderAt(<NarrowerGoals alternatives={alternatives} profile={profile} />);

  await user.click(screen.getAllByRole('button', { name: 'Switch to this goal' })[1]!);
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByText('Yes, switch')).not.toBeInTheDocument();
  expect(calls).toHaveLength(0);

  unmount();
  renderAt(<NarrowerGoals alternatives={[]} profile={profile} />);
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});
