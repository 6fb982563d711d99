import { useParams } from 'react-router';
import { LearnView } from '@/features/learn/components/LearnView';

export default function LearnPage() {
  const { slug } = useParams();
  return <LearnView slug={slug} />;
}
