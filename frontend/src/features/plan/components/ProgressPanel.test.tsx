import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { Dashboard } from '../api/plan';
import { ProgressPanel } from './ProgressPanel';

const dashboard: Dashboard = {
  needed_topics: 25,
  levels: { not_started: 20, learning: 2, practised: 1, mastered: 2, due: 0 },
  share_mastered: 0.12,
  total_hours: 92,
  days: Array.from({ length: 84 }, (_, index) => ({
    day: new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10), // 84 distinct days
    minutes: index % 3 === 0 ? 60 : 0,
  })),
  streak: 3,
  minutes_today: 25,
  upcoming: [{ topic: 'vectors', title: 'Vectors', due_at: '2026-02-01T09:00:00Z' }],
  plan_vs_actual: [
    { week_end: '2026-01-05', planned_hours: 0, studied_hours: 0 },
    { week_end: '2026-01-12', planned_hours: 5, studied_hours: 4 },
    { week_end: '2026-01-19', planned_hours: 10, studied_hours: null },
  ],
};

test('progress shows the share mastered, levels, streak, the pictures and upcoming reviews', () => {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ProgressPanel dashboard={dashboard} />
    </QueryClientProvider>,
  );

  expect(screen.getByText('12%')).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: 'Share of your goal mastered' })).toHaveAttribute('value', '12');
  expect(screen.getByRole('list', { name: 'Topics by level' })).toHaveTextContent('2 Mastered');
  expect(screen.getByText(/-day streak/)).toHaveTextContent('3-day streak · 25 min today');
  expect(screen.getByRole('img', { name: 'Study in the last 12 weeks: 28 hours over 28 days.' })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: /studied 4 hours where the plan expected 5/ })).toBeInTheDocument();
  expect(screen.getByText('Vectors')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Log time' })).toBeEnabled();
});
