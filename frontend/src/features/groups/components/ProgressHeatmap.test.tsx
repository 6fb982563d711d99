import { screen, within } from '@testing-library/react';
import { renderAt } from '@/test/render';
import type { Heatmap } from '../api/progress';
import { ProgressHeatmap } from './ProgressHeatmap';

const heatmap: Heatmap = {
  topics: [
    { slug: 'vectors', title: 'Vectors' },
    { slug: 'dot-product', title: 'The dot product' },
  ],
  rows: [
    { user_id: 1, username: 'ada', hidden: false, levels: ['mastered', 'learning'] },
    { user_id: 2, username: 'bob', hidden: true, levels: null },
    { user_id: 3, username: 'cy', hidden: false, levels: ['practised', 'not_started'] },
  ],
};

test('the heatmap is a table of topics by members with the level in words in every cell', () => {
  renderAt(<ProgressHeatmap heatmap={heatmap} />);

  const table = screen.getByRole('table', { name: /level on the group’s 2 roadmap topics/ });
  const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
  expect(headers).toEqual(['Topic', 'ada', 'bob', 'cy']);
  expect(within(table).getByRole('rowheader', { name: 'Vectors' })).toBeInTheDocument();

  const [, vectors, dot] = within(table).getAllByRole('row');
  expect(within(vectors!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    'Mastered',
    'Hidden',
    'Practised',
  ]);
  expect(within(dot!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Learning', 'Hidden', 'Not started']);
  expect(screen.getByRole('link', { name: 'The dot product' })).toHaveAttribute('href', '/topics/dot-product');
  expect(screen.getByText('ada: 1 of 2 mastered · cy: 0 of 2 mastered')).toBeInTheDocument();
});

test('a group without a goal role explains why there is no map', () => {
  renderAt(<ProgressHeatmap heatmap={{ topics: [], rows: heatmap.rows }} />);

  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  expect(screen.getByText(/no goal role yet/)).toBeInTheDocument();
});
