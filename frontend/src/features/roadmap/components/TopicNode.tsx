import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { LevelBadge } from '@/components/LevelBadge';
import type { RoadmapTopic } from '../api/get-roadmap';
import { nodeColours, type ColourBy, type TopicMastery } from '../lib/mastery';
import { MasteryBadge } from './MasteryBadge';
import styles from './TopicNode.module.css';

/** `mastery` is there only for a signed-in learner whose progress has loaded. */
export type TopicNodeData = { topic: RoadmapTopic; mastery?: TopicMastery; colourBy?: ColourBy };
export type TopicFlowNode = Node<TopicNodeData, 'topic'>;

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 76;

export function TopicNode({ data }: NodeProps<TopicFlowNode>) {
  const { topic, mastery } = data;
  const started = mastery && mastery.level !== 'not_started';
  return (
    <div
      className={`${styles.node} ${topic.is_goal ? '' : styles.pulledIn} ${started ? styles.started : ''}`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, ...nodeColours(data) }}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} className={styles.handle} />
      {started && <MasteryBadge mastery={mastery} className={styles.mastery} />}
      <span className={styles.title}>{topic.title}</span>
      <span className={styles.meta}>
        <LevelBadge level={topic.level} />
        <span className={styles.hours}>{topic.estimated_hours} h</span>
      </span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className={styles.handle} />
    </div>
  );
}
