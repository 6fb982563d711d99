import { render, screen } from '@testing-library/react';
import type { Forecast } from '../api/plan';
import { ForecastCard } from './ForecastCard';

const behind: Forecast = {
  as_of: '2026-01-05',
  remaining_hours: 247,
  target_date: '2026-07-05',
  p10: '2026-09-01',
  p50: '2026-11-29',
  p80: '2027-02-11',
  p90: '2027-03-01',
  chance_by_target: 0.02,
  status: 'behind',
  hours_for_target: 2.8,
  message: 'At 1 h a day you will most likely finish around 29 November 2026.',
  pace: 1.26,
  pace_observed: 1.3,
  pace_topics: 6,
  pace_explanation:
    'You have been taking 1.3× the estimated time on 6 finished topics (26.0 h against 20.0 h estimated); with this much evidence the plan assumes 1.3×.',
  alternatives: [],
};

test('a plan that is behind says so, with the range as a picture and in words', () => {
  render(<ForecastCard forecast={behind} />);

  expect(screen.getByText('Behind plan')).toBeInTheDocument();
  expect(screen.getByText(behind.message)).toBeInTheDocument();
  expect(screen.getByRole('img', { name: /Likely finish between .*2026.* and .*2027/ })).toBeInTheDocument();
  expect(screen.getByText('2%')).toBeInTheDocument();
  expect(screen.getByText('247 h')).toBeInTheDocument();
});

test('a finished goal shows no range', () => {
  render(<ForecastCard forecast={{ ...behind, status: 'done', message: 'Every topic of your goal is mastered.' }} />);

  expect(screen.getByText('Goal mastered')).toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('the pace the forecast assumes is shown in words', () => {
  render(<ForecastCard forecast={behind} />);

  expect(screen.getByText('1.3× the estimates')).toBeInTheDocument();
  expect(screen.getByText(/You have been taking 1.3× the estimated time on 6 finished topics/)).toBeInTheDocument();
});
