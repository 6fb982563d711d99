import { Link } from 'react-router';
import { AreaTag } from '@/components/AreaTag';
import { LevelBadge } from '@/components/LevelBadge';
import { areaRank } from '@/lib/areas/colours';
import { useAreaTitle } from '@/lib/areas/get-areas';
import type { RoadmapTopic } from '../api/get-roadmap';
import { NOT_STARTED, type TopicMastery } from '../lib/mastery';
import { MasteryBadge } from './MasteryBadge';
import styles from './RoadmapOutline.module.css';

export type OutlineOrder = 'study' | 'area';

type Mastery = ReadonlyMap<string, TopicMastery> | undefined;

type Props = {
  ordered: readonly RoadmapTopic[];
  order: OutlineOrder;
  /** The signed-in learner's levels; each item then says where they stand. */
  mastery?: Mastery;
};

/** The roadmap as plain lists of links, in study order or grouped by area (kept in study order). */
export function RoadmapOutline({ ordered, order, mastery }: Props) {
  if (order === 'study') {
    return (
      <ol className={styles.list}>
        {ordered.map((topic, index) => (
          <OutlineItem key={topic.slug} topic={topic} number={index + 1} mastery={mastery} showArea />
        ))}
      </ol>
    );
  }
  const areas = [...new Set(ordered.map((topic) => topic.area))].sort((a, b) => areaRank(a) - areaRank(b));
  return (
    <div className={styles.groups}>
      {areas.map((area) => (
        <AreaGroup
          key={area}
          area={area}
          topics={ordered.filter((topic) => topic.area === area)}
          mastery={mastery}
        />
      ))}
    </div>
  );
}

function AreaGroup({ area, topics, mastery }: { area: string; topics: RoadmapTopic[]; mastery: Mastery }) {
  const title = useAreaTitle(area);
  const hours = topics.reduce((sum, topic) => sum + topic.estimated_hours, 0);
  return (
    <section aria-label={title}>
      <h3 className={styles.groupTitle}>
        <AreaTag area={area} />
        <span className={styles.groupMeta}>
          {topics.length} {topics.length === 1 ? 'topic' : 'topics'} · {hours} h
        </span>
      </h3>
      <ol className={styles.list}>
        {topics.map((topic, index) => (
          <OutlineItem key={topic.slug} topic={topic} number={index + 1} mastery={mastery} />
        ))}
      </ol>
    </section>
  );
}

type ItemProps = { topic: RoadmapTopic; number: number; mastery: Mastery; showArea?: boolean };

function OutlineItem({ topic, number, mastery, showArea = false }: ItemProps) {
  return (
    <li className={styles.item}>
      <span className={styles.number}>{number}.</span>
      <div>
        <Link to={`/topics/${topic.slug}`} className={styles.link}>
          {topic.title}
        </Link>
        <span className={styles.meta}>
          {showArea && <AreaTag area={topic.area} />}
          <LevelBadge level={topic.level} prerequisite={!topic.is_goal} />
          <span className={styles.hours}>{topic.estimated_hours} h</span>
          {mastery && <MasteryBadge mastery={mastery.get(topic.slug) ?? NOT_STARTED} />}
        </span>
      </div>
    </li>
  );
}
