import { describe, expect, it } from 'vitest';
import { accessTable, canAccess } from './access.ts';
import { staffRoles } from './roles.ts';

describe('the role table', () => {
  it('gives nobody a bulk export of learners, and agents no export at all', () => {
    for (const role of staffRoles) expect(canAccess(role, 'learners', 'export')).toBe(false);
    for (const resource of Object.keys(accessTable)) expect(canAccess('agent', resource, 'export')).toBe(false);
  });
});
