import { assembleGrid, cellLabel, gridShape, neighbourCell, splitGrid } from './grid';

const vector3 = gridShape([3])!;
const matrix2x3 = gridShape([2, 3])!;

describe('gridShape', () => {
  it('reads [n] as a column vector and [rows, cols] as a matrix', () => {
    expect(gridShape([3])).toEqual({ rows: 3, cols: 1, vector: true });
    expect(gridShape([2, 3])).toEqual({ rows: 2, cols: 3, vector: false });
  });

  it('has no grid for a missing or unusable shape', () => {
    expect(gridShape(null)).toBeNull();
    expect(gridShape([])).toBeNull();
    expect(gridShape([0])).toBeNull();
    expect(gridShape([2, 2, 2])).toBeNull();
    expect(gridShape([50, 50])).toBeNull();
  });
});

describe('assembleGrid', () => {
  it('writes a vector as [a, b, c]', () => {
    expect(assembleGrid(vector3, ['1/2', ' -3 ', 'sqrt(2)'])).toBe('[1/2, -3, sqrt(2)]');
  });

  it('writes a matrix row by row as [[a, b, c], [d, e, f]]', () => {
    expect(assembleGrid(matrix2x3, ['1', '2', '3', '4', '5', '6'])).toBe('[[1, 2, 3], [4, 5, 6]]');
  });

  it('keeps a 1 × 1 matrix a matrix', () => {
    expect(assembleGrid(gridShape([1, 1])!, ['7'])).toBe('[[7]]');
  });
});

describe('splitGrid', () => {
  it('reads typed text back into cells, respecting brackets inside entries', () => {
    expect(splitGrid(vector3, '[f(1, 2), -3, x]')).toEqual(['f(1, 2)', '-3', 'x']);
    expect(splitGrid(matrix2x3, '[[1, 2, 3],[4, 5, 6]]')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('round-trips what assembleGrid writes', () => {
    const cells = ['1/2', '-1', 'sqrt(3)', '0', 'pi', 'e^(2)'];
    expect(splitGrid(matrix2x3, assembleGrid(matrix2x3, cells))).toEqual(cells);
  });

  it('gives null when the text does not have the grid’s shape', () => {
    expect(splitGrid(vector3, '[1, 2]')).toBeNull();
    expect(splitGrid(vector3, '1, 2, 3')).toBeNull();
    expect(splitGrid(matrix2x3, '[[1, 2], [3, 4], [5, 6]]')).toBeNull();
    expect(splitGrid(matrix2x3, '[[1, 2, 3], [4, 5]]')).toBeNull();
  });
});

describe('neighbourCell', () => {
  it('moves with the arrow keys and stops at the edges', () => {
    expect(neighbourCell(matrix2x3, 0, 'ArrowRight')).toBe(1);
    expect(neighbourCell(matrix2x3, 1, 'ArrowDown')).toBe(4);
    expect(neighbourCell(matrix2x3, 4, 'ArrowUp')).toBe(1);
    expect(neighbourCell(matrix2x3, 3, 'ArrowLeft')).toBeNull();
    expect(neighbourCell(matrix2x3, 2, 'ArrowRight')).toBeNull();
    expect(neighbourCell(vector3, 2, 'ArrowDown')).toBeNull();
    expect(neighbourCell(vector3, 0, 'Enter')).toBeNull();
  });
});

it('labels cells by position', () => {
  expect(cellLabel(vector3, 1)).toBe('Component 2');
  expect(cellLabel(matrix2x3, 4)).toBe('Row 2, column 2');
});
