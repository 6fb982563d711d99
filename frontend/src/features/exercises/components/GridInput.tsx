import { useRef, type KeyboardEvent } from 'react';
import { cellLabel, neighbourCell, type GridShape } from '../lib/grid';
import styles from './GridInput.module.css';

type Props = {
  grid: GridShape;
  cells: readonly string[];
  onChange: (index: number, value: string) => void;
  describedBy?: string;
  autoFocus?: boolean;
};

/**
 * One small text box per entry, inside brackets. Arrow keys move between cells when the caret
 * is at the cell's edge (or always for up and down); Enter submits the form.
 */
export function GridInput({ grid, cells, onChange, describedBy, autoFocus }: Props) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if ((event.key === 'ArrowLeft' && !atStart) || (event.key === 'ArrowRight' && !atEnd)) return;
    const target = neighbourCell(grid, index, event.key);
    if (target === null) return;
    event.preventDefault();
    inputs.current[target]?.focus();
    inputs.current[target]?.select();
  };

  return (
    <div className={styles.wrap}>
      <div
        className={styles.grid}
        style={{ gridTemplateColumns: `repeat(${grid.cols}, minmax(3.5rem, 6rem))` }}
        role="group"
        aria-label={grid.vector ? `Vector with ${grid.rows} components` : `${grid.rows} by ${grid.cols} matrix`}
        aria-describedby={describedBy}
      >
        {cells.map((cell, index) => (
          <input
            key={index}
            ref={(element) => {
              inputs.current[index] = element;
            }}
            className={styles.cell}
            value={cell}
            aria-label={cellLabel(grid, index)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            inputMode="text"
            autoFocus={autoFocus && index === 0}
            onChange={(event) => onChange(index, event.target.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          />
        ))}
      </div>
    </div>
  );
}
