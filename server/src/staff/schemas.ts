import { staffRoles } from '@vigie/domain/roles';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { sortOn } from '../resource-params.ts';

export const staffRecord = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(staffRoles),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StaffRecord = z.infer<typeof staffRecord>;

export const staffSort = sortOn(['displayName', 'email', 'role', 'disabled', 'createdAt', 'id']);

export const staffFilter = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(staffRoles).optional(),
  disabled: z.boolean().optional(),
});

const email = z.email().max(254).trim();
const displayName = z.string().trim().min(1).max(120);
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Au moins ${MIN_PASSWORD_LENGTH} caractères.`)
  .max(1024);

export const staffCreateData = z.object({ email, displayName, role: z.enum(staffRoles), password });

export const staffUpdateData = z
  .object({ email, displayName, role: z.enum(staffRoles), disabled: z.boolean() })
  .partial();

export const staffPassword = password;
