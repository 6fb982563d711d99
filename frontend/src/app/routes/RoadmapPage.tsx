import { useParams } from 'react-router';
import { QueryView } from '@/components/States';
import { RoadmapView } from '@/features/roadmap/components/RoadmapView';
import { useRole } from '@/features/roles/api/get-role';
import { RoleHeader } from '@/features/roles/components/RoleHeader';
import { useDocumentTitle } from '@/lib/use-document-title';

export default function RoadmapPage() {
  const { slug = '' } = useParams();
  const role = useRole(slug);
  useDocumentTitle(role.data ? `${role.data.title} roadmap` : undefined);
  return (
    <QueryView query={role} loading="Loading the role…" notFound="role">
      {(data) => (
        <>
          <RoleHeader role={data} />
          <RoadmapView slug={data.slug} />
        </>
      )}
    </QueryView>
  );
}
