import 'katex/dist/katex.min.css';
import katex from 'katex';
import { useMemo } from 'react';

/** One LaTeX formula rendered by KaTeX (HTML for the eye, MathML for screen readers). */
export function Tex({ latex, display = false, className }: { latex: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () => katex.renderToString(latex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    [latex, display],
  );
  // KaTeX escapes the source it renders and trust is off, so its markup is safe to insert.
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
