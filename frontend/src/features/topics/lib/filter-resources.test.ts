import { describeSelection, emptyMessage, filterResources } from './filter-resources';

const resources = [
  { slug: 'a', kind: 'video', cost: 'free' },
  { slug: 'b', kind: 'book', cost: 'paid' },
  { slug: 'c', kind: 'course', cost: 'free' },
];

describe('filterResources', () => {
  it('keeps resources matching both kind and cost', () => {
    expect(filterResources(resources, { kind: 'all', cost: 'free' }).map((r) => r.slug)).toEqual(['a', 'c']);
    expect(filterResources(resources, { kind: 'book', cost: 'free' })).toEqual([]);
    expect(filterResources(resources, { kind: 'all', cost: 'all' })).toHaveLength(3);
  });
});

describe('emptyMessage', () => {
  it('names what is missing in plain words', () => {
    expect(emptyMessage({ kind: 'video', cost: 'free' })).toBe('No free videos for this topic yet');
    expect(emptyMessage({ kind: 'book', cost: 'all' })).toBe('No books for this topic yet');
    expect(describeSelection({ kind: 'all', cost: 'paid' })).toBe('paid resources');
  });
});
