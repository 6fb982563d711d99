import { useParams } from 'react-router';
import { QueryView } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { useProgress } from '@/features/plan/api/plan';
import { RoadmapView, type LearnerProgress } from '@/features/roadmap/components/RoadmapView';
import { useRole } from '@/features/roles/api/get-role';
import { RoleHeader } from '@/features/roles/components/RoleHeader';
import { useDocumentTitle } from '@/lib/use-document-title';

/** A signed-in learner's levels, for colouring the roadmap; nothing while signed out. */
function useLearnerProgress(): LearnerProgress {
  const me = useMe();
  const userId = me.data?.user?.id ?? null;
  const progress = useProgress(userId);
  return {
    rows: userId !== null ? (progress.data ?? undefined) : undefined,
    failed: userId !== null && progress.isError,
    retry: () => void progress.refetch(),
  };
}

export default function RoadmapPage() {
  const { slug = '' } = useParams();
  const role = useRole(slug);
  const progress = useLearnerProgress();
  useDocumentTitle(role.data ? `${role.data.title} roadmap` : undefined);
  return (
    <QueryView query={role} loading="Loading the role…" notFound="role">
      {(data) => (
        <>
          <RoleHeader role={data} />
          <RoadmapView slug={data.slug} progress={progress} />
        </>
      )}
    </QueryView>
  );
}
