import { render } from '@testing-library/react';
import Markdown from './Markdown';

// Notes, questions and answers are learners' raw text: whatever HTML they type must stay text.
const HOSTILE = [
  'Before <script>window.__pwned = true</script> after',
  '<img src="x" onerror="window.__pwned = true">',
  '<iframe src="https://example.org"></iframe>',
  '<a href="https://example.org" onclick="window.__pwned = true">link</a>',
  '<div style="position:fixed;inset:0">cover</div>',
  '[click me](javascript:window.__pwned=true)',
  '![pic](javascript:window.__pwned=true)',
].join('\n\n');

test('raw HTML in Markdown is not rendered, and script links are neutralised', () => {
  const { container } = render(<Markdown>{HOSTILE}</Markdown>);

  for (const tag of ['script', 'iframe', 'img[src="x"]', '[onerror]', '[onclick]', '[style*="fixed"]']) {
    expect(container.querySelector(tag), tag).toBeNull();
  }
  for (const element of container.querySelectorAll('a, img')) {
    const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
    expect(url).not.toMatch(/^\s*javascript:/i);
  }
  // The tags are dropped; what was between them is left as inert text.
  expect(container).toHaveTextContent('Before window.__pwned = true after');
  expect(container).toHaveTextContent('click me');
  // An image with a refused address is shown as its description, not as an empty <img>.
  expect(container.querySelector('img')).toBeNull();
  expect(container).toHaveTextContent('pic');
  expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
});

test('Markdown and $…$ maths are rendered', () => {
  const { container } = render(<Markdown>{'**Bold** and $\\frac{a}{b}$\n\n$$\nx^2\n$$'}</Markdown>);
  expect(container.querySelector('strong')).toHaveTextContent('Bold');
  expect(container.querySelectorAll('.katex')).toHaveLength(2);
  expect(container.querySelector('.katex-display')).not.toBeNull();
  expect(container.querySelector('math')).not.toBeNull();
});
