import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { mockFetch, renderAt } from '@/test/render';
import type { RoadmapEdge, RoadmapTopic } from '../api/get-roadmap';
import { masteryByTopic } from '../lib/mastery';
import RoadmapGraph from './RoadmapGraph';

// jsdom has no layout; React Flow only needs these to exist.
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const topic = (slug: string, title: string, extra: Partial<RoadmapTopic> = {}): RoadmapTopic => ({
  slug,
  title,
  area: 'linear-algebra',
  level: 'core',
  is_goal: true,
  estimated_hours: 3,
  ...extra,
});

const topics = [
  topic('vectors', 'Vectors', { is_goal: false }),
  topic('matrices', 'Matrices'),
  topic('eigen', 'Eigenvalues', { area: 'ml-maths', estimated_hours: 5 }),
];
const edges: RoadmapEdge[] = [
  { from: 'vectors', to: 'matrices' },
  { from: 'matrices', to: 'eigen' },
];

function nodes() {
  const graph = screen.getByRole('region', { name: /Prerequisite graph for Data scientist/ });
  return [...graph.querySelectorAll<HTMLElement>('.react-flow__node')];
}

const nodeFor = (slug: string) => nodes().find((node) => node.dataset.id === slug)!;

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResize);
  mockFetch({ 'GET /api/areas/': [] });
});

test('without progress the nodes show the roadmap alone: no level badges, no progress in their names', async () => {
  renderAt(<RoadmapGraph roleTitle="Data scientist" topics={topics} edges={edges} />);

  expect(await screen.findByText('Matrices')).toBeInTheDocument();
  expect(nodes()).toHaveLength(3);
  expect(nodeFor('vectors')).toHaveAttribute('aria-label', 'Vectors: core prerequisite, 3 hours');
  expect(nodeFor('eigen')).toHaveAttribute('aria-label', 'Eigenvalues: core, 5 hours');
  for (const label of ['Not started', 'Learning', 'Practised', 'Mastered', 'Due for review']) {
    expect(screen.queryByText(label)).not.toBeInTheDocument();
  }
});

test('with progress each started topic wears its level, and every node names its state', async () => {
  const mastery = masteryByTopic([
    { topic: 'vectors', level: 'mastered', p_known: 0.97 },
    { topic: 'matrices', level: 'learning', p_known: 0.42 },
  ]);
  renderAt(<RoadmapGraph roleTitle="Data scientist" topics={topics} edges={edges} mastery={mastery} />);

  expect(await screen.findByText('Matrices')).toBeInTheDocument();
  expect(within(nodeFor('vectors')).getByText('Mastered')).toBeInTheDocument();
  expect(within(nodeFor('matrices')).getByText('Learning')).toBeInTheDocument();
  // A topic never attempted has no badge, but its name still says so.
  expect(within(nodeFor('eigen')).queryByText('Not started')).not.toBeInTheDocument();

  expect(nodeFor('vectors')).toHaveAttribute('aria-label', 'Vectors: core prerequisite, 3 hours, mastered');
  expect(nodeFor('matrices')).toHaveAttribute('aria-label', 'Matrices: core, 3 hours, learning, about 42% known');
  expect(nodeFor('eigen')).toHaveAttribute('aria-label', 'Eigenvalues: core, 5 hours, not started');
});

test('coloured by area a node keeps its area’s colours; by progress it takes its level’s and keeps the area on its left edge', async () => {
  const mastery = masteryByTopic([{ topic: 'vectors', level: 'mastered', p_known: 0.97 }]);
  const card = () => nodeFor('vectors').firstElementChild as HTMLElement;

  const first = renderAt(<RoadmapGraph roleTitle="Data scientist" topics={topics} edges={edges} mastery={mastery} />);
  expect(await screen.findByText('Vectors')).toBeInTheDocument();
  expect(card().style.background).toBe('rgb(227, 236, 253)'); // the linear algebra tint
  first.unmount();

  renderAt(
    <RoadmapGraph roleTitle="Data scientist" topics={topics} edges={edges} mastery={mastery} colourBy="progress" />,
  );
  expect(await screen.findByText('Vectors')).toBeInTheDocument();
  expect(card().style.background).toBe('rgb(220, 252, 231)'); // the mastered tint
  expect(card().style.borderLeftColor).toBe('rgb(37, 99, 235)'); // the linear algebra colour
});
