import 'katex/dist/katex.min.css';
import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import styles from './Markdown.module.css';

const remarkPlugins = [remarkMath];
const rehypePlugins = [rehypeKatex];
// Inline prose (a choice's label, say) keeps its text but drops the paragraph around it.
const inlineComponents: Components = { p: ({ children }: { children?: ReactNode }) => <>{children}</> };

/**
 * Curriculum prose: Markdown with $…$ and $$…$$ maths rendered by KaTeX (HTML plus MathML for
 * screen readers). Raw HTML in the source is not rendered.
 */
export default function Markdown({ children, inline = false }: { children: string; inline?: boolean }) {
  const markdown = (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      components={inline ? inlineComponents : undefined}
      skipHtml
    >
      {children}
    </ReactMarkdown>
  );
  if (inline) return <span className={styles.inline}>{markdown}</span>;
  return <div className={styles.prose}>{markdown}</div>;
}
