import 'katex/dist/katex.min.css';
import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import styles from './Markdown.module.css';

const remarkPlugins = [remarkMath];
const rehypePlugins = [rehypeKatex];
// An image whose address was refused (a javascript: URL, say) arrives with an empty src: show
// its description instead of an <img> that would fetch the page itself.
const img: Components['img'] = ({ src, alt, title }) =>
  src ? <img src={src} alt={alt ?? ''} title={title} /> : <>{alt}</>;
const blockComponents: Components = { img };
// Inline prose (a choice's label, say) keeps its text but drops the paragraph around it.
const inlineComponents: Components = { img, p: ({ children }: { children?: ReactNode }) => <>{children}</> };

/**
 * Curriculum prose: Markdown with $…$ and $$…$$ maths rendered by KaTeX (HTML plus MathML for
 * screen readers). Raw HTML in the source is not rendered.
 */
export default function Markdown({ children, inline = false }: { children: string; inline?: boolean }) {
  const markdown = (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      components={inline ? inlineComponents : blockComponents}
      skipHtml
    >
      {children}
    </ReactMarkdown>
  );
  if (inline) return <span className={styles.inline}>{markdown}</span>;
  return <div className={styles.prose}>{markdown}</div>;
}
