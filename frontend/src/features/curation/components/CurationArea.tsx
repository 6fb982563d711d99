import { useState, type ReactNode } from 'react';
import { TabList, type Tab } from '@/components/Tabs';
import { panelId, tabId } from '@/components/tab-ids';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuditLog } from './AuditLog';
import { LinkReports } from './LinkReports';
import { ResourcesPanel } from './ResourcesPanel';
import { SuggestionQueue } from './SuggestionQueue';
import styles from './Curation.module.css';

type TabId = 'suggestions' | 'resources' | 'links' | 'log';

const tabs: readonly Tab<TabId>[] = [
  { id: 'suggestions', label: 'Suggestions' },
  { id: 'resources', label: 'Resources' },
  { id: 'links', label: 'Link report' },
  { id: 'log', label: 'Audit log' },
];

const panels: Record<TabId, () => ReactNode> = {
  suggestions: () => <SuggestionQueue />,
  resources: () => <ResourcesPanel />,
  links: () => <LinkReports />,
  log: () => <AuditLog />,
};

export function CurationArea() {
  const [tab, setTab] = useState<TabId>('suggestions');
  useDocumentTitle('Curate');
  return (
    <section className={styles.area} aria-labelledby="curate-title">
      <h1 id="curate-title">Curate</h1>
      <p className={styles.intro}>Review learners’ suggestions, keep the resources accurate and their links alive.</p>
      <TabList label="Curation" idPrefix="curate" tabs={tabs} selected={tab} onSelect={setTab} />
      <div
        role="tabpanel"
        id={panelId('curate', tab)}
        aria-labelledby={tabId('curate', tab)}
        tabIndex={0}
        className={styles.panel}
      >
        <h2 className="visually-hidden">{tabs.find((item) => item.id === tab)?.label}</h2>
        {panels[tab]()}
      </div>
    </section>
  );
}

/** What anyone who is not a curator sees at /curate. */
export function CuratorsOnly({ signedIn }: { signedIn: boolean }) {
  useDocumentTitle('Curators only');
  return (
    <section className={styles.area} aria-labelledby="curate-title">
      <h1 id="curate-title">Curators only</h1>
      <p className={styles.intro}>
        This area is for Lemma’s curators.{' '}
        {signedIn
          ? 'Your account cannot curate resources; to suggest one, use “Suggest a resource” on any topic page.'
          : 'Log in with a curator account to continue.'}
      </p>
    </section>
  );
}
