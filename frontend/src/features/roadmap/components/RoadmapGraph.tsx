import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  type Edge,
  type NodeMouseHandler,
  type NodeTypes,
  type ReactFlowInstance,
} from '@xyflow/react';
import type { RoadmapEdge, RoadmapTopic } from '../api/get-roadmap';
import { initialViewport, layoutDag } from '../lib/layout';
import { nodeAriaLabel, nodeColours, NOT_STARTED, type ColourBy, type TopicMastery } from '../lib/mastery';
import { transitiveReduction } from '../lib/reduce';
import { NODE_HEIGHT, NODE_WIDTH, TopicNode, type TopicFlowNode } from './TopicNode';
import styles from './RoadmapGraph.module.css';

const nodeTypes: NodeTypes = { topic: TopicNode };

const ariaLabels = {
  'node.a11yDescription.default': 'Press Enter to open this topic.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to open this topic.',
};

const EDGE = '#a3adbd';
const EDGE_HIGHLIGHT = '#3f51b5';

type Props = {
  roleTitle: string;
  topics: readonly RoadmapTopic[];
  edges: readonly RoadmapEdge[];
  /** The signed-in learner's levels; without it the graph shows the roadmap alone. */
  mastery?: ReadonlyMap<string, TopicMastery>;
  colourBy?: ColourBy;
};

export default function RoadmapGraph({ roleTitle, topics, edges, mastery, colourBy = 'area' }: Props) {
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);

  const { placed, shownEdges } = useMemo(() => {
    const shownEdges = transitiveReduction(edges);
    const placed = layoutDag(
      topics.map((topic) => ({ id: topic.slug, topic })),
      shownEdges,
      { nodeWidth: NODE_WIDTH, nodeHeight: NODE_HEIGHT },
    );
    return { placed, shownEdges };
  }, [topics, edges]);

  // Progress arriving (or the colouring changing) restyles the nodes without moving them.
  const nodes = useMemo(
    () =>
      placed.map(({ id, topic, x, y }): TopicFlowNode => {
        const level = mastery ? (mastery.get(id) ?? NOT_STARTED) : undefined;
        return {
          id,
          type: 'topic',
          position: { x, y },
          data: { topic, mastery: level, colourBy },
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          ariaLabel: nodeAriaLabel(topic, level),
        };
      }),
    [placed, mastery, colourBy],
  );

  // Hovering or focusing a topic picks out the lines to its prerequisites and dependents.
  const flowEdges = useMemo<Edge[]>(
    () =>
      shownEdges.map(({ from, to }) => {
        const lit = highlighted !== null && (from === highlighted || to === highlighted);
        const colour = lit ? EDGE_HIGHLIGHT : EDGE;
        return {
          id: `${from}->${to}`,
          source: from,
          target: to,
          focusable: false,
          zIndex: lit ? 1 : 0,
          markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: colour },
          style: { stroke: colour, strokeWidth: lit ? 2.5 : 1.25, opacity: highlighted && !lit ? 0.45 : 1 },
        };
      }),
    [shownEdges, highlighted],
  );

  // A whole roadmap fitted into view is too small to read, so start at a legible zoom on the
  // top layer; "fit view" and the minimap give the overview.
  const onInit = (instance: ReactFlowInstance<TopicFlowNode, Edge>) => {
    const box = container.current?.getBoundingClientRect();
    if (!box) return;
    void instance.setViewport(initialViewport(nodes, { width: box.width, height: box.height }, NODE_WIDTH, NODE_HEIGHT));
  };

  const openTopic = useCallback((slug: string) => void navigate(`/topics/${slug}`), [navigate]);
  const onNodeClick: NodeMouseHandler<TopicFlowNode> = (_, node) => openTopic(node.id);

  const nodeIdOf = (target: EventTarget) =>
    (target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;

  // React Flow focuses the node wrapper, so Enter is caught here as it bubbles up.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    const slug = nodeIdOf(event.target);
    if (slug) {
      event.preventDefault();
      openTopic(slug);
    }
  };

  return (
    <div
      ref={container}
      className={styles.canvas}
      role="region"
      aria-label={`Prerequisite graph for ${roleTitle}: ${topics.length} topics, prerequisites above the topics that need them`}
      onKeyDown={onKeyDown}
      onFocus={(event) => setHighlighted(nodeIdOf(event.target))}
      onBlur={() => setHighlighted(null)}
    >
      <ReactFlow
        nodes={nodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onNodeMouseEnter={(_, node) => setHighlighted(node.id)}
        onNodeMouseLeave={() => setHighlighted(null)}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        autoPanOnNodeFocus
        onInit={onInit}
        fitViewOptions={{ padding: 0.05 }}
        minZoom={0.1}
        maxZoom={1.75}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Minimap of the graph"
          nodeColor={(node) => nodeColours((node as TopicFlowNode).data).borderColor}
          className={styles.minimap}
        />
      </ReactFlow>
    </div>
  );
}
