import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { useDataProvider, useListContext } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import type { AuditEvent } from './AuditEvent.ts';
import { useStaffMembers } from './useStaffMembers.ts';

/** A row shows its first three subjects; only those are named. */
export const SUBJECTS_SHOWN = 3;

const Names = createContext<ReadonlyMap<string, string>>(new Map());

/**
 * The names of the learners a page of the journal concerns, asked once per page (`audit.subjectNames`):
 * naming them is itself a read the log records, so it is one read of the page, not one per row.
 */
export function SubjectNamesProvider({ children, enabled = true }: { children: ReactNode; enabled?: boolean }) {
  const { data = [] } = useListContext<AuditEvent>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const subjectIds = [...new Set(data.flatMap((event) => event.subjectIds.slice(0, SUBJECTS_SHOWN).filter((s) => s.startsWith('learner:'))))].sort().slice(0, 200);
  const names = useQuery({
    queryKey: ['audit', 'subjectNames', subjectIds],
    queryFn: ({ signal }) => dataProvider.readAction('audit', 'subjectNames', { subjectIds }, signal),
    enabled: enabled && subjectIds.length > 0,
  });
  // Staff members are named from the console's own list of the team (already read for its pickers).
  const staff = useStaffMembers(enabled);
  const map = new Map([
    ...staff.map((member) => [`staff:${member.id}`, member.displayName] as const),
    ...(names.data?.data ?? []).map((n) => [n.subjectId, `${n.firstName} ${n.lastName}`] as const),
  ]);
  return <Names.Provider value={map}>{children}</Names.Provider>;
}

export const useSubjectName = (subjectId: string): string | undefined => useContext(Names).get(subjectId);
