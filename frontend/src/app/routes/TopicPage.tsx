import { useParams } from 'react-router';
import { TopicView } from '@/features/topics/components/TopicView';

export default function TopicPage() {
  const { slug = '' } = useParams();
  return <TopicView key={slug} slug={slug} />;
}
