/**
 * The Django admin's template preview (exercises/templates/admin/...) renders exercise text with
 * the same Markdown + KaTeX component that learners see: every element marked
 * data-markdown="block|inline" has its text content rendered in place.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Markdown from './components/Markdown';

for (const element of document.querySelectorAll<HTMLElement>('[data-markdown]')) {
  const source = element.textContent ?? '';
  const inline = element.dataset.markdown === 'inline';
  createRoot(element).render(
    <StrictMode>
      <Markdown inline={inline}>{source}</Markdown>
    </StrictMode>,
  );
}
