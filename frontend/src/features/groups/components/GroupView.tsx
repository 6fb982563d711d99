import { useState, type ReactNode } from 'react';
import { TabList, type Tab } from '@/components/Tabs';
import { QueryView } from '@/components/States';
import { panelId, tabId } from '@/components/tab-ids';
import type { GroupDetail } from '../api/groups';
import { useHeatmap } from '../api/progress';
import { useAllTopics, type TopicChoice } from '../api/topics';
import { ActivityFeed } from './ActivityFeed';
import { Discussion } from './Discussion';
import { GoalRoleForm, type RoleChoice } from './GoalRoleForm';
import { GroupSettings } from './GroupSettings';
import { InvitesPanel } from './InvitesPanel';
import { MembersPanel } from './MembersPanel';
import { ProgressHeatmap } from './ProgressHeatmap';
import { WeeklyGoal } from './WeeklyGoal';
import { WhoCanHelp } from './WhoCanHelp';
import { membersText } from './format';
import styles from './Groups.module.css';

type Section = 'progress' | 'week' | 'activity' | 'help' | 'discussion' | 'members' | 'invites' | 'settings';

const SECTIONS: Tab<Section>[] = [
  { id: 'progress', label: 'Progress' },
  { id: 'week', label: 'This week' },
  { id: 'activity', label: 'Activity' },
  { id: 'help', label: 'Who can help' },
  { id: 'discussion', label: 'Discussion' },
  { id: 'members', label: 'Members' },
];
const MANAGER_SECTIONS: Tab<Section>[] = [
  ...SECTIONS,
  { id: 'invites', label: 'Invites' },
  { id: 'settings', label: 'Settings' },
];

/** The heatmap's roadmap gives the group's topics; a group without a goal talks about any topic. */
function useGroupTopics(groupId: string) {
  const heatmap = useHeatmap(groupId);
  const roadmapTopics = heatmap.data?.topics ?? [];
  const all = useAllTopics(heatmap.isSuccess && roadmapTopics.length === 0);
  const topics: TopicChoice[] = roadmapTopics.length
    ? roadmapTopics
    : (all.data ?? []).map((topic) => ({ slug: topic.slug, title: topic.title }));
  return { heatmap, topics };
}

export function GroupView({
  group,
  meId,
  roles,
  onLeft,
}: {
  group: GroupDetail;
  meId: number;
  roles: RoleChoice[] | undefined;
  onLeft: () => void;
}) {
  const canManage = group.my_role === 'owner' || group.my_role === 'admin';
  const [section, setSection] = useState<Section>('progress');
  const { heatmap, topics } = useGroupTopics(group.id);
  const tabs = canManage ? MANAGER_SECTIONS : SECTIONS;

  const panels: Record<Section, () => ReactNode> = {
    progress: () => (
      <QueryView query={heatmap} loading="Loading the group’s progress…">
        {(data) => (
          <>
            <ProgressHeatmap heatmap={data} />
            {canManage && <GoalRoleForm group={group} roles={roles} />}
          </>
        )}
      </QueryView>
    ),
    week: () => <WeeklyGoal groupId={group.id} canManage={canManage} />,
    activity: () => <ActivityFeed groupId={group.id} />,
    help: () => <WhoCanHelp groupId={group.id} topics={topics} />,
    discussion: () => <Discussion groupId={group.id} topics={topics} meId={meId} canManage={canManage} />,
    members: () => <MembersPanel group={group} meId={meId} onLeft={onLeft} />,
    invites: () => <InvitesPanel groupId={group.id} />,
    settings: () => <GroupSettings key={group.id} group={group} />,
  };
  const current = tabs.find((tab) => tab.id === section) ?? tabs[0]!;

  return (
    <>
      <GroupHeading group={group} />
      <div className={styles.tabs}>
        <TabList label="Group sections" idPrefix="group" tabs={tabs} selected={current.id} onSelect={setSection} />
      </div>
      <div
        role="tabpanel"
        id={panelId('group', current.id)}
        aria-labelledby={tabId('group', current.id)}
        tabIndex={0}
        className={styles.panel}
      >
        <h2>{current.label}</h2>
        {panels[current.id]()}
      </div>
    </>
  );
}

export function GroupHeading({ group }: { group: GroupDetail }) {
  return (
    <header>
      <h1>{group.name}</h1>
      <p className={styles.meta}>
        {group.goal_title ? `Goal: ${group.goal_title}` : 'No goal role'} · {group.visibility === 'public' ? 'Public' : 'Private'}{' '}
        group · {membersText(group.member_count, group.member_limit)}
        {group.my_role && (
          <>
            {' '}
            · You are <span className={styles.role}>{group.my_role}</span>
          </>
        )}
      </p>
      {group.description && <p>{group.description}</p>}
    </header>
  );
}

/** What a signed-in non-member sees of a public group. */
export function GroupSummary({ group }: { group: GroupDetail }) {
  return (
    <>
      <GroupHeading group={group} />
      <div className={styles.card}>
        <h2>Want to join?</h2>
        <p>
          Groups are joined by invite, so members know who they are studying with. Ask the group’s owner or an admin
          for an invite link; once you open it and confirm, you will see the group’s progress, weekly goal and
          discussions here.
        </p>
      </div>
    </>
  );
}
