import { AreaTag } from '@/components/AreaTag';
import { areaRank } from '@/lib/areas/colours';
import styles from './AreaLegend.module.css';

export function AreaLegend({ areas }: { areas: readonly string[] }) {
  const sorted = [...new Set(areas)].sort((a, b) => areaRank(a) - areaRank(b));
  return (
    <div className={styles.legend}>
      <h3 className="visually-hidden">Areas</h3>
      <ul className={styles.list}>
        {sorted.map((area) => (
          <li key={area}>
            <AreaTag area={area} />
          </li>
        ))}
        <li className={styles.pulledIn}>
          <span className={styles.dashed} aria-hidden="true" /> Dashed border: prerequisite pulled in for a goal
        </li>
      </ul>
    </div>
  );
}
