import { lazy, Suspense } from 'react';
import styles from './Markdown.module.css';

const Markdown = lazy(() => import('./Markdown'));

/** Markdown and KaTeX are heavy, so they load with the first screen that shows prose. */
export function LazyMarkdown({ children }: { children: string }) {
  return (
    <Suspense fallback={<div className={styles.prose}>{plainPreview(children)}</div>}>
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}

function plainPreview(source: string) {
  return source
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph, index) => <p key={index}>{paragraph}</p>);
}
