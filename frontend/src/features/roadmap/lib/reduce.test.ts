import { transitiveReduction } from './reduce';

describe('transitiveReduction', () => {
  it('drops an edge implied by a longer path and keeps the rest', () => {
    const edges = [
      { from: 'algebra', to: 'vectors' },
      { from: 'vectors', to: 'dot' },
      { from: 'algebra', to: 'dot' },
      { from: 'algebra', to: 'functions' },
    ];
    expect(transitiveReduction(edges)).toEqual([
      { from: 'algebra', to: 'vectors' },
      { from: 'vectors', to: 'dot' },
      { from: 'algebra', to: 'functions' },
    ]);
  });

  it('keeps both edges of a diamond', () => {
    const diamond = [
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'd' },
      { from: 'c', to: 'd' },
    ];
    expect(transitiveReduction(diamond)).toEqual(diamond);
  });
});
