import { areaColour } from '@/lib/areas/colours';
import { useAreaTitle } from '@/lib/areas/get-areas';
import styles from './AreaTag.module.css';

/** The area's colour dot and name; colour is never the only cue. */
export function AreaTag({ area }: { area: string }) {
  const title = useAreaTitle(area);
  return (
    <span className={styles.tag}>
      <AreaDot area={area} />
      {title}
    </span>
  );
}

export function AreaDot({ area }: { area: string }) {
  return <span className={styles.dot} style={{ background: areaColour(area).solid }} aria-hidden="true" />;
}
