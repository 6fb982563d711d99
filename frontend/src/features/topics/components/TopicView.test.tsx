import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { TopicView } from './TopicView';

const resource = (slug: string, kind: string, cost: string) => ({
  slug,
  title: `Resource ${slug}`,
  authors: 'A. Author',
  provider: 'Provider',
  kind,
  cost,
  url: `https://example.org/${slug}`,
  description: '',
  section: '',
});

const topic = {
  slug: 'eigenvalues-and-eigenvectors',
  title: 'Eigenvalues and eigenvectors',
  area: 'linear-algebra',
  summary: 'Directions a matrix only stretches.',
  explanation: 'A vector $v$ with $Av = \\lambda v$.',
  ml_use: 'PCA finds them.',
  estimated_hours: 6,
  prerequisites: [{ slug: 'matrices', title: 'Matrices', area: 'linear-algebra' }],
  dependents: [],
  resources: [resource('book', 'book', 'paid'), resource('course', 'course', 'free'), resource('video', 'video', 'paid')],
  roles: [{ slug: 'data-scientist', title: 'Data scientist', level: 'core' }],
};

function renderTopic() {
  mockFetch({ 'GET /api/topics/eigenvalues-and-eigenvectors/': topic, 'GET /api/areas/': [] });
  renderAt(<TopicView slug="eigenvalues-and-eigenvectors" />);
}

describe('TopicView', () => {
  it('renders the maths with KaTeX and links the prerequisites', async () => {
    renderTopic();
    expect(await screen.findByRole('heading', { level: 1, name: 'Eigenvalues and eigenvectors' })).toBeInTheDocument();
    expect(document.querySelector('.katex')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Matrices' })).toHaveAttribute('href', '/topics/matrices');
  });

  it('filters resources and says plainly when nothing matches', async () => {
    const user = userEvent.setup();
    renderTopic();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('listitem').filter((li) => li.textContent?.includes('Resource'))).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Free' }));
    expect(screen.getByText('Showing 1 of 3 resources (free resources)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Resource course/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Resource book/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Video' }));
    expect(screen.getByText('No free videos for this topic yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all resources' }));
    expect(screen.getByText('3 resources')).toBeInTheDocument();
  });

  it('shows a not-found message for an unknown topic', async () => {
    mockFetch({
      'GET /api/topics/nope/': { status: 404, body: { error: { status: 404, code: 'not_found', message: 'No topic.' } } },
    });
    renderAt(<TopicView slug="nope" />);
    expect(await screen.findByRole('heading', { name: 'We could not find that topic' })).toBeInTheDocument();
  });
});
