import 'katex/dist/katex.min.css';
import ReactMarkdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import styles from './Markdown.module.css';

const remarkPlugins = [remarkMath];
const rehypePlugins = [rehypeKatex];

/**
 * Curriculum prose: Markdown with $…$ and $$…$$ maths rendered by KaTeX (HTML plus MathML for
 * screen readers). Raw HTML in the source is not rendered.
 */
export default function Markdown({ children }: { children: string }) {
  return (
    <div className={styles.prose}>
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
