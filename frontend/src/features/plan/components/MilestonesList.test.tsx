import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { Milestones, MilestoneWeek } from '../api/schedule';
import { MilestonesList } from './MilestonesList';

function week(start: string, when: MilestoneWeek['when'], extra: Partial<MilestoneWeek> = {}): MilestoneWeek {
  const end = new Date(`${start}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 6);
  return {
    starts_on: start,
    ends_on: end.toISOString().slice(0, 10),
    when,
    topics: [],
    hours: 5.1,
    carries_over: [],
    met: null,
    paused_days: 0,
    ...extra,
  };
}

const vectors = { slug: 'vectors', title: 'Vectors' };
const matrices = { slug: 'matrices', title: 'Matrices' };
const pca = { slug: 'pca', title: 'Principal component analysis' };

const plan: Milestones = {
  as_of: '2030-01-16',
  pace: 1.2,
  weekly_hours: 5.1,
  weeks: [
    week('2029-12-26', 'past', { topics: [vectors], met: true }),
    week('2030-01-02', 'past', { topics: [matrices], met: true }),
    week('2030-01-09', 'past', { topics: [pca], met: false, paused_days: 2 }),
    week('2030-01-16', 'current', { topics: [pca, matrices], carries_over: [vectors] }),
    ...Array.from({ length: 6 }, (_, index) =>
      week(new Date(Date.UTC(2030, 0, 23 + index * 7)).toISOString().slice(0, 10), 'future', {
        carries_over: [vectors],
      }),
    ),
  ],
};

const renderList = (milestones: Milestones) =>
  render(
    <MemoryRouter>
      <MilestonesList milestones={milestones} />
    </MemoryRouter>,
  );

test('weeks say in words whether they were met, which one is this week, and what to finish', () => {
  renderList(plan);

  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items).toHaveLength(2 + 5); // two past weeks, this week and four ahead
  expect(items[0]).toHaveTextContent('Met');
  expect(items[1]).toHaveTextContent('Missed');
  expect(items[1]).toHaveTextContent('Finish Principal component analysis');
  expect(items[1]).toHaveTextContent('2 days on a break');
  const current = items[2]!;
  expect(current).toHaveAttribute('aria-current', 'date');
  expect(current).toHaveTextContent('This week');
  expect(current).toHaveTextContent('Finish Principal component analysis and Matrices and start Vectors');
  expect(within(current).getByRole('link', { name: 'Matrices' })).toHaveAttribute('href', '/topics/matrices');
  expect(items[3]).toHaveTextContent('PlannedKeep going with Vectors.');
  expect(screen.getByText(/You met 2 of 3 past milestones/)).toBeInTheDocument();
  expect(screen.getByText(/at your pace \(1.2× the estimates\)/)).toBeInTheDocument();
  expect(screen.getByText(/Milestones spread the estimated hours evenly over your study days; the forecast simulates missed days/)).toBeInTheDocument();
});

test('all weeks can be shown, and a finished goal says so', async () => {
  const user = userEvent.setup();
  const { unmount } = renderList(plan);

  await user.click(screen.getByRole('button', { name: 'Show all 10 weeks' }));
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(10);
  expect(screen.getByRole('button', { name: 'Show fewer weeks' })).toHaveAttribute('aria-expanded', 'true');
  unmount();

  renderList({ ...plan, weeks: plan.weeks.slice(0, 3) });
  expect(screen.getByText(/no milestones left/)).toBeInTheDocument();
});

test('a week away says so', () => {
  renderList({ ...plan, weeks: [week('2030-01-16', 'current', { paused_days: 7, hours: 0 }), ...plan.weeks.slice(4)] });

  const current = within(screen.getByRole('list')).getAllByRole('listitem')[0]!;
  expect(current).toHaveTextContent('This week');
  expect(current).toHaveTextContent('On a break all week.');
  expect(current).not.toHaveTextContent('h of new study');
});

test('a week with a few days away and nothing to finish says so', () => {
  renderList({ ...plan, weeks: [week('2030-01-16', 'current', { paused_days: 5, hours: 0 }), ...plan.weeks.slice(4)] });

  const current = within(screen.getByRole('list')).getAllByRole('listitem')[0]!;
  expect(current).toHaveTextContent('On a break for 5 days; nothing new planned.');
});
