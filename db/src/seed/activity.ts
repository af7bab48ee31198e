import { sql } from 'drizzle-orm';
import { interactionChannels } from '@vigie/domain/enums';
import type { Transaction } from '../client.ts';
import { platformAccessLogs } from '../schema/access-logs.ts';
import { attendance } from '../schema/attendance.ts';
import { interactions } from '../schema/interactions.ts';
import { contractPlanTable, learnerPlanTable, parisTime } from './plan.ts';
import { below, chance, into, literal, pick, textArray, uuidOf, weighted } from './sql.ts';
import { blockedSummary, devices, interactionSummaries, ipNetworks, referrers } from './words.ts';

export type Detail = 'full' | 'light';

/** Weekly sessions held so far (a cancelled contract stops early); `light` keeps each contract's last four. */
function attendanceInsert(detail: Detail): string {
  const kept = detail === 'full' ? 'c.weeks' : '4';
  const session = 'c.ck::bigint * 64 + s';
  return `INSERT INTO ${into(attendance, ['id', 'contractId', 'learnerId', 'sessionAt', 'durationMinutes', 'present', 'signedAt'])}
    SELECT ${uuidOf(`'attendance:' || c.ck || ':' || s`)}, c.contract_id, c.learner_id, x.session_at, c.minutes, x.present,
      CASE WHEN x.present THEN x.session_at + make_interval(mins => c.minutes + ${below(30, chance(session, 'signed'))}) END
    FROM ${contractPlanTable} c
    CROSS JOIN LATERAL (SELECT least(c.weeks, greatest(0, (current_date - c.start_date) / 7 + 1),
      CASE WHEN c.cancelled THEN 1 + ${below('greatest(1, c.weeks / 2)', chance('c.ck', 'stopped'))} ELSE c.weeks END) AS held
      OFFSET 0) h
    CROSS JOIN LATERAL generate_series(greatest(0, h.held - ${kept}), h.held - 1) AS s
    CROSS JOIN LATERAL (SELECT ${parisTime('c.start_date + 7 * s', 'c.slot')} AS session_at,
      ${chance(session, 'present')} < 0.85 AS present OFFSET 0) x
    WHERE x.session_at < now()`;
}

/** 0 to 4 contacts with the service desk per learner, all logged by the demo agent. */
function interactionsInsert(agentId: string): string {
  const key = 'p.n::bigint * 8 + i';
  const count = weighted([[0, 35], [1, 30], [2, 20], [3, 10], [4, 5]], chance('p.n', 'interactions'));
  const channels = interactionChannels.map((channel) => [channel, { phone: 40, email: 35, chat: 15, letter: 3, in_person: 7 }[channel]] as const);
  return `INSERT INTO ${into(interactions, ['id', 'learnerId', 'staffId', 'channel', 'summary', 'occurredAt'])}
    SELECT ${uuidOf(`'interaction:' || p.n || ':' || i`)}, p.learner_id, ${literal(agentId)}::uuid,
      ${weighted(channels, chance(key, 'channel'))},
      CASE WHEN p.phase = 'blocked' AND i = 1 THEN ${literal(blockedSummary)}
        ELSE ${pick(interactionSummaries, chance(key, 'summary'))} END,
      p.created_at + (now() - p.created_at) * ${chance(key, 'when')}
    FROM ${learnerPlanTable} p
    CROSS JOIN LATERAL generate_series(1, CASE WHEN p.phase = 'blocked' THEN greatest(1, ${count}) ELSE ${count} END) AS i`;
}

/**
 * Nine months of sign-ins (the purge keeps six) for learners still on the platform: mostly from one or
 * two places and devices; blocked learners from anywhere. `light` keeps a handful per learner.
 */
function accessLogsInsert(detail: Detail): string {
  const key = 'p.n::bigint * 64 + i';
  const count = detail === 'full' ? `2 + ${below(38, `(${chance('p.n', 'sign-ins')} ^ 2)`)}` : `1 + ${below(6, chance('p.n', 'sign-ins'))}`;
  const ip = (net: string, host: string) => `${pick(ipNetworks, net)} || '.' || (1 + ${below(254, host)})`;
  const device = (column: number) => `(${textArray(devices.map((d) => d[column] ?? ''))})[x.device]`;
  return `INSERT INTO ${into(platformAccessLogs, ['learnerId', 'occurredAt', 'ip', 'browser', 'os', 'screen', 'referrer'])}
    SELECT p.learner_id, now() - least(interval '270 days', now() - p.created_at) * ${chance(key, 'when')},
      CASE WHEN x.r_ip < CASE WHEN p.phase = 'blocked' THEN 0.3 ELSE 0.75 END THEN u.home_ip
        WHEN x.r_ip < CASE WHEN p.phase = 'blocked' THEN 0.4 ELSE 0.95 END THEN u.work_ip
        ELSE ${ip(chance(key, 'other-net'), chance(key, 'other-host'))} END,
      ${device(0)}, ${device(1)}, ${device(2)}, ${weighted(referrers, chance(key, 'referrer'))}
    FROM ${learnerPlanTable} p
    CROSS JOIN LATERAL (SELECT ${ip(chance('p.n', 'home-net'), chance('p.n', 'home-host'))} AS home_ip,
      ${ip(chance('p.n', 'work-net'), chance('p.n', 'work-host'))} AS work_ip,
      1 + ${below(devices.length, chance('p.n', 'device'))} AS main_device,
      1 + ${below(devices.length, chance('p.n', 'other-device'))} AS other_device OFFSET 0) u
    CROSS JOIN LATERAL generate_series(1, ${count}) AS i
    CROSS JOIN LATERAL (SELECT ${chance(key, 'ip')} AS r_ip,
      CASE WHEN ${chance(key, 'device')} < 0.7 THEN u.main_device ELSE u.other_device END AS device OFFSET 0) x
    WHERE p.phase <> 'ended'`;
}

export async function seedAttendance(tx: Transaction, detail: Detail): Promise<void> {
  await tx.execute(sql.raw(attendanceInsert(detail)));
}

export async function seedInteractions(tx: Transaction, agentId: string): Promise<void> {
  await tx.execute(sql.raw(interactionsInsert(agentId)));
}

export async function seedAccessLogs(tx: Transaction, detail: Detail): Promise<void> {
  await tx.execute(sql.raw(accessLogsInsert(detail)));
}

/**
 * One fraud case under a legal hold: the blocked learner with the most sign-ins older than six months,
 * so that the retention screen shows a learner whose expired sign-ins are kept, and why.
 */
export async function seedFraudHold(tx: Transaction): Promise<void> {
  await tx.execute(sql`
    UPDATE learners SET legal_hold_until = (now() + interval '6 months')::date,
      legal_hold_reason = 'Suspicion de fraude : dossier FR-2026-031, établissement des faits'
    WHERE id = (SELECT p.learner_id FROM platform_access_logs p JOIN learners l ON l.id = p.learner_id
                WHERE l.status = 'blocked' AND p.occurred_at < now() - interval '7 months'
                GROUP BY p.learner_id ORDER BY count(*) DESC, p.learner_id LIMIT 1)`);
}
