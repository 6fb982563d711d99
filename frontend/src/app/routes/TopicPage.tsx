import { useParams } from 'react-router';
import { PractiseLink } from '@/features/exercises/components/PractiseLink';
import { TopicView } from '@/features/topics/components/TopicView';

export default function TopicPage() {
  const { slug = '' } = useParams();
  return <TopicView key={slug} slug={slug} practise={<PractiseLink topic={slug} />} />;
}
