import { filterByLevel } from './levels';
import { studyOrder } from './study-order';

const topic = (slug: string, area = 'linear-algebra', level: 'core' | 'recommended' | 'optional' = 'core') => ({
  slug,
  title: slug,
  area,
  level,
});

describe('studyOrder', () => {
  it('puts every prerequisite before the topics that need it', () => {
    const topics = [topic('pca'), topic('eigen'), topic('matrices'), topic('variance', 'probability-statistics')];
    const edges = [
      { from: 'matrices', to: 'eigen' },
      { from: 'eigen', to: 'pca' },
      { from: 'variance', to: 'pca' },
    ];
    const order = studyOrder(topics, edges).map((t) => t.slug);
    expect(order).toHaveLength(4);
    for (const { from, to } of edges) expect(order.indexOf(from)).toBeLessThan(order.indexOf(to));
  });

  it('keeps topics caught in a cycle rather than dropping them', () => {
    const order = studyOrder([topic('a'), topic('b')], [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
    expect(order.map((t) => t.slug).sort()).toEqual(['a', 'b']);
  });
});

describe('filterByLevel', () => {
  it('drops hidden levels and the edges that touch them', () => {
    const topics = [topic('a'), topic('b', 'calculus', 'optional')];
    const result = filterByLevel(topics, [{ from: 'a', to: 'b' }], new Set(['core', 'recommended'] as const));
    expect(result.topics.map((t) => t.slug)).toEqual(['a']);
    expect(result.edges).toEqual([]);
  });
});
