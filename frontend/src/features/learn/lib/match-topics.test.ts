import { matchTopics, runningTotals } from './match-topics';

const topics = [
  { slug: 'pca', title: 'Principal component analysis' },
  { slug: 'eigen', title: 'Eigenvalues and eigenvectors' },
  { slug: 'mle', title: 'Maximum likelihood estimation' },
  { slug: 'bayes', title: "Bayes' theorem" },
];

describe('matchTopics', () => {
  it('finds titles containing every typed word, ignoring case', () => {
    expect(matchTopics(topics, 'PRINCIPAL comp').map((t) => t.slug)).toEqual(['pca']);
    expect(matchTopics(topics, 'likelihood max').map((t) => t.slug)).toEqual(['mle']);
  });

  it('ranks titles that start with the query first', () => {
    const many = [...topics, { slug: 'vectors', title: 'Vectors and eigen-things' }];
    expect(matchTopics(many, 'eigen')[0]?.slug).toBe('eigen');
  });

  it('lists everything alphabetically for an empty query', () => {
    expect(matchTopics(topics, '  ').map((t) => t.slug)).toEqual(['bayes', 'eigen', 'mle', 'pca']);
  });
});

describe('runningTotals', () => {
  it('adds up the hours step by step', () => {
    expect(runningTotals([3, 4, 2])).toEqual([3, 7, 9]);
    expect(runningTotals([])).toEqual([]);
  });
});
