import { initialViewport, layoutDag } from './layout';

const size = { nodeWidth: 200, nodeHeight: 70 };

describe('layoutDag', () => {
  const nodes = ['algebra', 'vectors', 'matrices', 'dot-product', 'matrix-multiplication', 'lonely'].map((id) => ({ id }));
  const edges = [
    { from: 'algebra', to: 'vectors' },
    { from: 'vectors', to: 'matrices' },
    { from: 'vectors', to: 'dot-product' },
    { from: 'matrices', to: 'matrix-multiplication' },
    { from: 'dot-product', to: 'matrix-multiplication' },
  ];
  const placed = layoutDag(nodes, edges, size);
  const at = (id: string) => placed.find((node) => node.id === id)!;

  it('gives every node a finite position', () => {
    expect(placed).toHaveLength(nodes.length);
    for (const node of placed) {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Number.isFinite(node.y)).toBe(true);
    }
  });

  it('draws every prerequisite in a layer above its dependent', () => {
    for (const { from, to } of edges) expect(at(from).y + size.nodeHeight).toBeLessThanOrEqual(at(to).y);
  });

  it('does not overlap nodes in the same layer', () => {
    const sameLayer = placed.filter((node) => node.y === at('matrices').y).sort((a, b) => a.x - b.x);
    for (let i = 1; i < sameLayer.length; i++) {
      expect(sameLayer[i]!.x - sameLayer[i - 1]!.x).toBeGreaterThanOrEqual(size.nodeWidth);
    }
  });

  it('ignores edges to nodes it was not given', () => {
    expect(() => layoutDag([{ id: 'a' }], [{ from: 'a', to: 'missing' }], size)).not.toThrow();
  });
});

describe('initialViewport', () => {
  const box = { width: 1000, height: 600 };
  const at = (x: number, y: number) => ({ position: { x, y } });

  it('shows a small graph whole, centred, at no more than full size', () => {
    const viewport = initialViewport([at(0, 0), at(300, 100)], box, 100, 50);
    expect(viewport.zoom).toBe(1);
    expect(viewport.x).toBe(1000 / 2 - 200);
    expect(viewport.y).toBe((600 - 150) / 2);
  });

  it('keeps a huge graph legible and starts at its top layer', () => {
    const viewport = initialViewport([at(4000, 0), at(0, 500), at(8000, 2000)], box, 100, 50, {
      minZoom: 0.7,
      margin: 16,
    });
    expect(viewport.zoom).toBe(0.7);
    expect(viewport.y).toBe(16);
    // The top node's centre (x = 4050) lands in the middle of the box.
    expect(viewport.x + 4050 * 0.7).toBeCloseTo(500);
  });
});
