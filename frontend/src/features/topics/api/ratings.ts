import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';
import { topicQueryKey, type TopicDetail } from './get-topic';

export type MyRating = ResponseBody<'/api/topics/{slug}/ratings/'>[number];
/** true: helpful, false: not helpful, null: no vote. */
export type Vote = boolean | null;

export const myRatingsQueryKey = (slug: string) => ['topics', slug, 'my-ratings'] as const;

export function useMyRatings(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: myRatingsQueryKey(slug),
    queryFn: () => unwrap(api.GET('/api/topics/{slug}/ratings/', { params: { path: { slug } } })),
    enabled,
  });
}

function setVote(slug: string, resource: string, vote: Vote) {
  const path = { params: { path: { slug, resource_slug: resource } } };
  if (vote === null) return unwrap(api.DELETE('/api/topics/{slug}/resources/{resource_slug}/rating/', path));
  return unwrap(api.PUT('/api/topics/{slug}/resources/{resource_slug}/rating/', { ...path, body: { helpful: vote } }));
}

/** The topic's counts after one learner's vote moves from `before` to `after`. */
export function recount(topic: TopicDetail, resource: string, before: Vote, after: Vote): TopicDetail {
  const delta = (value: boolean) => (after === value ? 1 : 0) - (before === value ? 1 : 0);
  return {
    ...topic,
    resources: topic.resources.map((item) =>
      item.slug === resource
        ? {
            ...item,
            helpful_count: item.helpful_count + delta(true),
            not_helpful_count: item.not_helpful_count + delta(false),
          }
        : item,
    ),
  };
}

/** Votes show at once; the ranking (and the counts) are refetched from the server afterwards. */
export function useRateResource(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resource, vote }: { resource: string; vote: Vote }) => setVote(slug, resource, vote),
    onMutate: async ({ resource, vote }) => {
      await queryClient.cancelQueries({ queryKey: myRatingsQueryKey(slug) });
      const ratings = queryClient.getQueryData<MyRating[]>(myRatingsQueryKey(slug)) ?? [];
      const topic = queryClient.getQueryData<TopicDetail>(topicQueryKey(slug));
      const before = ratings.find((rating) => rating.resource === resource)?.helpful ?? null;
      const others = ratings.filter((rating) => rating.resource !== resource);
      queryClient.setQueryData<MyRating[]>(
        myRatingsQueryKey(slug),
        vote === null ? others : [...others, { topic: slug, resource, helpful: vote }],
      );
      if (topic) queryClient.setQueryData(topicQueryKey(slug), recount(topic, resource, before, vote));
      return { ratings, topic };
    },
    onError: (_error, _variables, context) => {
      if (!context) return;
      queryClient.setQueryData(myRatingsQueryKey(slug), context.ratings);
      if (context.topic) queryClient.setQueryData(topicQueryKey(slug), context.topic);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: myRatingsQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: topicQueryKey(slug), exact: true });
    },
  });
}
