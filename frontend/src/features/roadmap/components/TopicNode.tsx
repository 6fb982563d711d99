import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { LevelBadge } from '@/components/LevelBadge';
import { areaColour } from '@/lib/areas/colours';
import type { RoadmapTopic } from '../api/get-roadmap';
import styles from './TopicNode.module.css';

export type TopicNodeData = { topic: RoadmapTopic };
export type TopicFlowNode = Node<TopicNodeData, 'topic'>;

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 76;

export function TopicNode({ data: { topic } }: NodeProps<TopicFlowNode>) {
  const colour = areaColour(topic.area);
  return (
    <div
      className={`${styles.node} ${topic.is_goal ? '' : styles.pulledIn}`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, background: colour.tint, borderColor: colour.solid }}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} className={styles.handle} />
      <span className={styles.title}>{topic.title}</span>
      <span className={styles.meta}>
        <LevelBadge level={topic.level} />
        <span className={styles.hours}>{topic.estimated_hours} h</span>
      </span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className={styles.handle} />
    </div>
  );
}
