import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { LearnView } from './LearnView';

const topics = [
  { slug: 'matrices', title: 'Matrices', area: 'linear-algebra' },
  { slug: 'eigen', title: 'Eigenvalues and eigenvectors', area: 'linear-algebra' },
  { slug: 'pca', title: 'Principal component analysis', area: 'ml-maths' },
];

const path = {
  target: { slug: 'pca', title: 'Principal component analysis', area: 'ml-maths' },
  topics: [
    { slug: 'matrices', title: 'Matrices', area: 'linear-algebra', estimated_hours: 3 },
    { slug: 'eigen', title: 'Eigenvalues and eigenvectors', area: 'linear-algebra', estimated_hours: 6 },
    { slug: 'pca', title: 'Principal component analysis', area: 'ml-maths', estimated_hours: 5 },
  ],
  total_hours: 14,
};

describe('LearnView', () => {
  it('renders the path as numbered steps with a running total, target last', async () => {
    mockFetch({ 'GET /api/topics/': topics, 'GET /api/topics/pca/path/': path, 'GET /api/areas/': [] });
    renderAt(<LearnView slug="pca" />);

    const list = await screen.findByRole('list', { name: 'Study path to Principal component analysis' });
    const steps = within(list).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      expect.stringMatching(/Step 1: Matrices.*3 h so far/),
      expect.stringMatching(/Step 2: Eigenvalues and eigenvectors.*9 h so far/),
      expect.stringMatching(/Step 3: Principal component analysis.*Your goal.*14 h so far/),
    ]);
    expect(screen.getByText(/3 steps, 14 hours in all/)).toBeInTheDocument();
  });

  it('lets a person type a topic and choose it with the keyboard', async () => {
    const user = userEvent.setup();
    mockFetch({ 'GET /api/topics/': topics, 'GET /api/areas/': [] });
    renderAt(<LearnView />, { path: '/learn', route: '/learn' });

    const picker = await screen.findByRole('combobox', { name: 'What do you want to learn?' });
    await user.type(picker, 'principal');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Principal component analysis');

    await user.keyboard('{Enter}');
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
  });
});
