import { screen } from '@testing-library/react';
import { renderAt } from '@/test/render';
import { PractiseSignIn } from './PractiseSignIn';

describe('PractiseSignIn', () => {
  it('invites a visitor to log in or register and come back to the same exercise', () => {
    renderAt(<PractiseSignIn />, {
      path: '/practise/:topic',
      route: '/practise/dot-product?template=dot-product-2d&seed=0',
    });
    expect(screen.getByRole('heading', { name: 'Log in to practise' })).toBeInTheDocument();
    expect(screen.getByText(/Your answers and progress are saved to your account/)).toBeInTheDocument();
    const next = encodeURIComponent('/practise/dot-product?template=dot-product-2d&seed=0');
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', `/login?next=${next}`);
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', `/register?next=${next}`);
  });
});
