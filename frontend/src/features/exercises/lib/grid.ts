/** The cells a grid input shows: shape [n] is a column vector, [rows, cols] a matrix. */
export type GridShape = { rows: number; cols: number; vector: boolean };

const MAX_SIDE = 10;
const isSide = (n: number | undefined): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_SIDE;

export function gridShape(shape: readonly number[] | null | undefined): GridShape | null {
  if (shape?.length === 1 && isSide(shape[0])) return { rows: shape[0], cols: 1, vector: true };
  if (shape?.length === 2 && isSide(shape[0]) && isSide(shape[1])) {
    return { rows: shape[0], cols: shape[1], vector: false };
  }
  return null;
}

export const cellCount = (grid: GridShape) => grid.rows * grid.cols;

export const emptyCells = (grid: GridShape): string[] => Array.from({ length: cellCount(grid) }, () => '');

/** Row-major cells as the backend reads them: `[a, b]` for a vector, `[[a, b], [c, d]]` for a matrix. */
export function assembleGrid(grid: GridShape, cells: readonly string[]): string {
  const cell = (index: number) => (cells[index] ?? '').trim();
  if (grid.vector) return `[${Array.from({ length: grid.rows }, (_, row) => cell(row)).join(', ')}]`;
  const rows = Array.from(
    { length: grid.rows },
    (_, row) => `[${Array.from({ length: grid.cols }, (_, col) => cell(row * grid.cols + col)).join(', ')}]`,
  );
  return `[${rows.join(', ')}]`;
}

/** Splits on commas that are not inside brackets or parentheses: "f(1, 2), 3" → ["f(1, 2)", "3"]. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function unwrapBrackets(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : null;
}

/**
 * Reads typed text back into cells when it has exactly the grid's shape, so switching from text to
 * the grid keeps the work; anything else gives null.
 */
export function splitGrid(grid: GridShape, text: string): string[] | null {
  const inner = unwrapBrackets(text);
  if (inner === null) return null;
  if (grid.vector) {
    const cells = splitTopLevel(inner);
    return cells.length === grid.rows ? cells : null;
  }
  const rows = splitTopLevel(inner).map(unwrapBrackets);
  if (rows.length !== grid.rows || rows.some((row) => row === null)) return null;
  const cells = rows.flatMap((row) => splitTopLevel(row as string));
  return cells.length === cellCount(grid) && rows.every((row) => splitTopLevel(row as string).length === grid.cols)
    ? cells
    : null;
}

/** Where an arrow key moves from a cell, or null at the edge. */
export function neighbourCell(grid: GridShape, index: number, key: string): number | null {
  const row = Math.floor(index / grid.cols);
  const col = index % grid.cols;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [row - 1, col],
    ArrowDown: [row + 1, col],
    ArrowLeft: [row, col - 1],
    ArrowRight: [row, col + 1],
  };
  const target = moves[key];
  if (!target) return null;
  const [toRow, toCol] = target;
  if (toRow < 0 || toRow >= grid.rows || toCol < 0 || toCol >= grid.cols) return null;
  return toRow * grid.cols + toCol;
}

export function cellLabel(grid: GridShape, index: number): string {
  if (grid.vector) return `Component ${index + 1}`;
  return `Row ${Math.floor(index / grid.cols) + 1}, column ${(index % grid.cols) + 1}`;
}
