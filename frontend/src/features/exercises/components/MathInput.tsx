import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { MathFieldProps } from './MathField';
import styles from './AnswerForm.module.css';

// MathLive is large; only the practise page loads it, and only when the editor is shown.
const MathField = lazy(() => import('./MathField'));

type BoundaryProps = { onError: () => void; children: ReactNode };

/** If the editor cannot load (offline, old browser), fall back to typing the answer as text. */
class EditorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch() {
    this.props.onError();
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function MathInput({ onUnavailable, ...props }: MathFieldProps & { onUnavailable: () => void }) {
  return (
    <EditorBoundary onError={onUnavailable}>
      <Suspense
        fallback={
          <div className={styles.editorLoading} role="status">
            Loading the maths editor…
          </div>
        }
      >
        <MathField {...props} />
      </Suspense>
    </EditorBoundary>
  );
}
