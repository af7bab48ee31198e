/** The four staff roles (docs/domain.md); dependency-free so the browser bundle can import it. */
export const staffRoles = ['agent', 'dpo', 'admin', 'manager'] as const;
export type StaffRole = (typeof staffRoles)[number];
