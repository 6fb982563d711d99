import { changedFields } from './log-diff';

describe('changedFields', () => {
  it('lists only the fields that differ, readably', () => {
    const before = { title: 'Old', cost: 'free', topics: [{ topic: 'vectors', section: '' }] };
    const after = { title: 'New', cost: 'free', topics: [{ topic: 'vectors', section: 'Ch. 2' }] };
    expect(changedFields(before, after)).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'topics', before: 'topic: vectors', after: 'topic: vectors, section: Ch. 2' },
    ]);
    expect(changedFields(null, { title: 'Made' })).toEqual([{ field: 'title', before: '—', after: 'Made' }]);
  });
});
