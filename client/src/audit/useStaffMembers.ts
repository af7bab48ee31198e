import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';

/** Staff names for the console's pickers (staff accounts themselves are the admin's screens). */
export function useStaffMembers(enabled = true) {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const query = useQuery({
    queryKey: ['audit', 'staff'],
    queryFn: ({ signal }) => dataProvider.readAction('audit', 'staff', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
  return query.data?.data ?? [];
}
