import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { TodayList } from './TodayList';

test('today lists each item with its kind, time, reason and a link to practise it', () => {
  render(
    <MemoryRouter>
      <TodayList
        budgetMinutes={60}
        items={[
          { kind: 'review', topic: 'matrices', title: 'Matrices', area: 'linear-algebra', minutes: 10, reason: 'Due for review.', covers: [] },
          { kind: 'new', topic: 'vectors', title: 'Vectors', area: 'linear-algebra', minutes: 45, reason: 'Ready to start.', covers: [] },
        ]}
      />
    </MemoryRouter>,
  );

  expect(screen.getByText('55 of your 60 minutes planned.')).toBeInTheDocument();
  const items = screen.getAllByRole('listitem');
  expect(items[0]).toHaveTextContent('ReviewMatrices');
  expect(screen.getByRole('link', { name: 'Vectors' })).toHaveAttribute('href', '/practise/vectors');
});

test('an empty day says why', () => {
  render(
    <MemoryRouter>
      <TodayList budgetMinutes={60} items={[]} />
    </MemoryRouter>,
  );

  expect(screen.getByText(/Nothing is due today/)).toBeInTheDocument();
});
