import dagre from '@dagrejs/dagre';

export type LayoutOptions = {
  nodeWidth: number;
  nodeHeight: number;
  rankSeparation?: number;
  nodeSeparation?: number;
};

export type Positioned<T> = T & { x: number; y: number };

/**
 * Top-to-bottom layered layout of a DAG with dagre (Sugiyama-style: rank assignment, crossing
 * reduction, coordinate assignment). Returns each node's top-left corner, so a prerequisite is
 * always drawn in a higher layer than the topics that depend on it.
 */
export function layoutDag<T extends { id: string }>(
  nodes: readonly T[],
  edges: readonly { from: string; to: string }[],
  { nodeWidth, nodeHeight, rankSeparation = 56, nodeSeparation = 18 }: LayoutOptions,
): Positioned<T>[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', ranksep: rankSeparation, nodesep: nodeSeparation, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((node) => node.id));
  for (const node of nodes) graph.setNode(node.id, { width: nodeWidth, height: nodeHeight });
  for (const edge of edges) {
    if (ids.has(edge.from) && ids.has(edge.to)) graph.setEdge(edge.from, edge.to);
  }
  dagre.layout(graph);
  return nodes.map((node) => {
    const { x, y } = graph.node(node.id);
    return { ...node, x: x - nodeWidth / 2, y: y - nodeHeight / 2 };
  });
}

export type Viewport = { x: number; y: number; zoom: number };

/**
 * Where to start looking at a laid-out graph in a box: the whole graph, centred, if it fits at a
 * legible zoom (at least minZoom); otherwise the top layer, where study begins, at that zoom.
 */
export function initialViewport(
  nodes: readonly { position: { x: number; y: number } }[],
  box: { width: number; height: number },
  nodeWidth: number,
  nodeHeight: number,
  { minZoom = 0.7, maxZoom = 1, margin = 16 } = {},
): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const xs = nodes.map((node) => node.position.x);
  const ys = nodes.map((node) => node.position.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const width = Math.max(...xs) + nodeWidth - left;
  const height = Math.max(...ys) + nodeHeight - top;
  const fit = Math.min((box.width - 2 * margin) / width, (box.height - 2 * margin) / height);
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  if (fit >= minZoom) {
    return {
      x: box.width / 2 - (left + width / 2) * zoom,
      y: box.height / 2 - (top + height / 2) * zoom,
      zoom,
    };
  }
  const topLayer = nodes.filter((node) => node.position.y === top).map((node) => node.position.x);
  const topCentre = (Math.min(...topLayer) + Math.max(...topLayer) + nodeWidth) / 2;
  return { x: box.width / 2 - topCentre * zoom, y: margin - top * zoom, zoom };
}
