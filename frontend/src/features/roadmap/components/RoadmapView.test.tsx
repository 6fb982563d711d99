import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { mockFetch, renderAt } from '@/test/render';
import type { Roadmap } from '../api/get-roadmap';
import { RoadmapView, type LearnerProgress } from './RoadmapView';

const roadmap: Roadmap = {
  role: { slug: 'data-scientist', title: 'Data scientist' },
  topics: [
    { slug: 'vectors', title: 'Vectors', area: 'linear-algebra', level: 'core', estimated_hours: 3, is_goal: false },
    { slug: 'matrices', title: 'Matrices', area: 'linear-algebra', level: 'core', estimated_hours: 4, is_goal: true },
    { slug: 'pca', title: 'PCA', area: 'ml-maths', level: 'core', estimated_hours: 5, is_goal: true },
  ],
  edges: [
    { from: 'vectors', to: 'matrices' },
    { from: 'matrices', to: 'pca' },
  ],
};

const progress = (rows: LearnerProgress['rows'], failed = false): LearnerProgress => ({ rows, failed, retry: vi.fn() });

function show(view: 'outline' | 'graph', learner?: LearnerProgress) {
  mockFetch({ 'GET /api/roles/data-scientist/roadmap/': roadmap, 'GET /api/areas/': [] });
  return renderAt(<RoadmapView slug="data-scientist" progress={learner} />, {
    path: '/roles/:slug',
    route: `/roles/data-scientist?view=${view}`,
  });
}

test('the outline says where the learner stands in every topic, with a count by level', async () => {
  show(
    'outline',
    progress([
      { topic: 'vectors', level: 'mastered', p_known: 0.96 },
      { topic: 'matrices', level: 'due', p_known: 0.9 },
    ]),
  );

  const outline = await screen.findByRole('tabpanel', { name: 'Outline' });
  const items = within(outline).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent(/Vectors.*Mastered/);
  expect(items[1]).toHaveTextContent(/Matrices.*Due for review/);
  expect(items[2]).toHaveTextContent(/PCA.*Not started/);

  const legend = screen.getByRole('heading', { name: /Your progress/ });
  expect(legend).toHaveTextContent('1 of 3 mastered, 2 started');
  const key = within(legend.parentElement!).getByRole('list');
  expect(within(key).getByText('Mastered').parentElement).toHaveTextContent('Mastered1');
  expect(within(key).getByText('Not started').parentElement).toHaveTextContent('Not started1');
});

test('signed out (or still loading) the outline and controls are as they always were', async () => {
  show('outline', progress(undefined));

  const outline = await screen.findByRole('tabpanel', { name: 'Outline' });
  expect(within(outline).getAllByRole('listitem')).toHaveLength(3);
  expect(screen.queryByText('Not started')).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /Your progress/ })).not.toBeInTheDocument();
});

test('a learner with progress can colour the graph by it', async () => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  show('graph', progress([{ topic: 'vectors', level: 'learning', p_known: 0.3 }]));

  const colourBy = await screen.findByRole('group', { name: 'Colour topics by' });
  const area = within(colourBy).getByRole('button', { name: 'Area' });
  const mine = within(colourBy).getByRole('button', { name: 'My progress' });
  const vectors = () => document.querySelector<HTMLElement>('.react-flow__node[data-id="vectors"] > div')!;
  expect(area).toHaveAttribute('aria-pressed', 'true');
  expect(await screen.findByLabelText(/Vectors: .*learning, about 30% known/)).toBeInTheDocument();
  expect(vectors().style.background).toBe('rgb(227, 236, 253)'); // the linear algebra tint

  await userEvent.click(mine);
  expect(mine).toHaveAttribute('aria-pressed', 'true');
  expect(vectors().style.background).toBe('rgb(224, 242, 254)'); // the learning tint
});

test('without progress the graph has no colour choice; a failed load says so and offers a retry', async () => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  const learner = progress(undefined, true);
  show('graph', learner);

  expect(await screen.findByRole('region', { name: /Prerequisite graph/ })).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: 'Colour topics by' })).not.toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Your progress could not be loaded');
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(learner.retry).toHaveBeenCalled();
});
