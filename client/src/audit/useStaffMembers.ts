import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import type { StaffMember } from './AuditEvent.ts';

/** Staff names for the console's pickers (staff accounts themselves are the admin's screens). */
export function useStaffMembers() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const query = useQuery({
    queryKey: ['audit', 'staff'],
    queryFn: ({ signal }) => dataProvider.readAction('audit', 'staff', {}, signal) as Promise<{ data: StaffMember[] }>,
    staleTime: 5 * 60_000,
  });
  return query.data?.data ?? [];
}
