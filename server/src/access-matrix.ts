import { type StaffRole, staffRoles } from '@vigie/domain/roles';
import type { AnyRouter } from '@trpc/server';
import type { ProcedureMeta } from './trpc.ts';

/**
 * Who may call each procedure, as a table a reviewer reads (docs/access-matrix.md): generated from the
 * router's declared access, itself taken from the access table (@vigie/domain/access). The committed
 * copy is compared with it by a test, so a new procedure, or a change of who may call one, shows in
 * the review as a row of that file.
 */
export function accessMatrix(router: AnyRouter): string {
  const procedures = Object.entries(router._def.procedures as Record<string, { _def: { meta?: ProcedureMeta } }>).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const cell = (access: ProcedureMeta['access'] | undefined, role: StaffRole) =>
    access === 'public' || access === 'signed-in' || access?.includes(role) ? 'oui' : '—';
  const rows = procedures.map(([path, p]) => {
    const { access, audit } = p._def.meta ?? {};
    const kind = access === 'public' ? 'public' : audit ? `audité (${audit.entity}, ${audit.action})` : 'sans donnée personnelle';
    return `| \`${path}\` | ${staffRoles.map((role) => cell(access, role)).join(' | ')} | ${kind} |`;
  });
  return [
    '# Qui peut appeler quoi',
    '',
    'Généré depuis le routeur et la table des accès (`pnpm --filter @vigie/server access-matrix`) ; un test le compare au routeur.',
    '',
    `| procédure | ${staffRoles.join(' | ')} | lecture |`,
    `|---|${staffRoles.map(() => '---').join('|')}|---|`,
    ...rows,
    '',
  ].join('\n');
}
