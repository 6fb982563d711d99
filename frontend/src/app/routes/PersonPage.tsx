import { useParams } from 'react-router';
import { PublicProfileView } from '@/features/notes/components/PublicProfileView';

export default function PersonPage() {
  const { username = '' } = useParams();
  return <PublicProfileView key={username} username={username} />;
}
