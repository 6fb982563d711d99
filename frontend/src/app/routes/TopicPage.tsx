import { useParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { PractiseLink } from '@/features/exercises/components/PractiseLink';
import { TopicNotes } from '@/features/notes/components/TopicNotes';
import { useTopic } from '@/features/topics/api/get-topic';
import { TopicView } from '@/features/topics/components/TopicView';

export default function TopicPage() {
  const { slug = '' } = useParams();
  const me = useMe();
  const topic = useTopic(slug); // the same cached query TopicView reads: notes only for a real topic
  return (
    <>
      <TopicView
        key={slug}
        slug={slug}
        practise={<PractiseLink topic={slug} />}
        signedIn={me.data?.authenticated ?? false}
      />
      {topic.isSuccess && <TopicNotes key={slug} topic={slug} signedIn={Boolean(me.data?.user)} />}
    </>
  );
}
