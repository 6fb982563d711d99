import { screen } from '@testing-library/react';
import { mockFetch, renderAt } from '@/test/render';
import { PractiseLink } from './PractiseLink';

const template = (slug: string, difficulty: number) => ({ slug, title: slug, difficulty, kind: 'number', topic: 'dot-product' });

describe('PractiseLink', () => {
  it('links to practise with the number of exercises and their difficulties', async () => {
    mockFetch({ 'GET /api/exercises/templates/': [template('a', 1), template('b', 2)] });
    renderAt(<PractiseLink topic="dot-product" />);
    expect(await screen.findByRole('link', { name: 'Practise this topic' })).toHaveAttribute('href', '/practise/dot-product');
    expect(screen.getByRole('link', { name: 'Already know it? Test out' })).toHaveAttribute('href', '/test-out/dot-product');
    expect(screen.getByText('2 exercises · difficulty 1–2 of 3')).toBeInTheDocument();
  });

  it('says quietly when there is nothing to practise yet', async () => {
    mockFetch({ 'GET /api/exercises/templates/': [] });
    renderAt(<PractiseLink topic="dot-product" />);
    expect(await screen.findByText('No exercises for this topic yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
