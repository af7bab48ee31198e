import { type StaffRole, staffRoles } from '@vigie/db/roles';

export { type StaffRole, staffRoles };

/** react-admin's access actions; the server maps each procedure onto one of them. */
export type AccessAction = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

/**
 * Who may do what, per resource: the one table the server enforces and the client's `canAccess` reads.
 * Deny by default: a resource or action missing here is open to nobody.
 */
export const accessTable = {
  staff: {
    list: ['admin'],
    show: ['admin'],
    create: ['admin'],
    edit: ['admin'],
  },
} as const satisfies Record<string, Partial<Record<AccessAction, readonly StaffRole[]>>>;

export type Resource = keyof typeof accessTable;

export function rolesFor(resource: Resource, action: AccessAction): readonly StaffRole[] {
  const actions: Partial<Record<AccessAction, readonly StaffRole[]>> = accessTable[resource];
  return actions[action] ?? [];
}

export function canAccess(role: StaffRole | undefined, resource: string, action: string): boolean {
  if (!role || !(resource in accessTable)) return false;
  return rolesFor(resource as Resource, action as AccessAction).includes(role);
}

/** Each role's default access purpose, preselected in the client's "Motif d'accès" picker. */
export const defaultPurpose: Record<StaffRole, string> = {
  agent: 'learner_request',
  dpo: 'dsr',
  admin: 'administration',
  manager: 'quality',
};
