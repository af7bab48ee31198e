import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';

/** Staff who can be put in charge of a request, as choices (agents may not list `staff` themselves). */
export function useAssigneeChoices() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const { data } = useQuery({
    queryKey: ['requests', 'assignees'],
    queryFn: async ({ signal }) => (await dataProvider.readAction('requests', 'assignees', {}, signal)).data,
    staleTime: 5 * 60_000,
  });
  return (data ?? []).map((member) => ({ id: member.id, name: member.displayName }));
}
