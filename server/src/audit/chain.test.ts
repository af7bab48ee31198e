import { schema, selectRows } from '@vigie/db';
import { count, desc, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { eventDigest, GENESIS, link, toBuffer } from './chain.ts';
import { formatCheckpoint, sealAll, writeCheckpoint } from './sealer.ts';
import { verifyChain } from './verify.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A database of its own (the chain is global to one) with `reads` audited reads, sealed. */
async function sealedLog(reads: number) {
  h = await createHarness({ freshDatabase: true });
  const target = await h.staffMember('agent');
  const { api } = await h.as('admin');
  for (let i = 0; i < reads; i += 1) await api.staff.getOne({ id: target.id });
  await sealAll(h.owner);
  const ids = await h.owner.select({ id: schema.auditEvents.id }).from(schema.auditEvents).orderBy(schema.auditEvents.id);
  return { harness: h, ids: ids.map((r) => r.id) };
}

/** What an attacker with superuser rights does: switch the guard off, tamper, switch it back on. */
async function tamper(harness: Harness, statement: string) {
  await harness.database.asOwner(async (owner) => {
    await owner.execute(sql.raw('ALTER TABLE audit_events DISABLE TRIGGER USER'));
    await owner.execute(sql.raw('ALTER TABLE audit_chain DISABLE TRIGGER USER'));
    for (const part of statement.split(';')) await owner.execute(sql.raw(part));
    await owner.execute(sql.raw('ALTER TABLE audit_events ENABLE TRIGGER USER'));
    await owner.execute(sql.raw('ALTER TABLE audit_chain ENABLE TRIGGER USER'));
  });
}

const seqOf = async (harness: Harness, eventId: number) =>
  (await harness.owner.select().from(schema.auditChain).where(eq(schema.auditChain.eventId, eventId)))[0]?.seq;

/** What the previous release's sealer did: links of recipe 1 (JSON text) for every event not sealed yet. */
async function sealAsPreviousRelease(harness: Harness) {
  await harness.database.asOwner(async (owner) => {
    const [head] = await owner.select().from(schema.auditChain).orderBy(desc(schema.auditChain.seq)).limit(1);
    const rows = await selectRows<{ id: number; tx_id: number; digest: string | Uint8Array }>(
      owner,
      sql`SELECT e.id, e.tx_id, ${eventDigest('e', 1)} AS digest FROM audit_events e
          WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id) ORDER BY e.tx_id, e.id`,
    );
    let hash = head ? toBuffer(head.hash) : GENESIS;
    let seq = head?.seq ?? 0;
    for (const row of rows) {
      hash = link(hash, toBuffer(row.digest));
      seq += 1;
      await owner.insert(schema.auditChain).values({ seq, eventId: Number(row.id), eventTxId: Number(row.tx_id), hash });
    }
  });
}

describe('the digest recipes', () => {
  /** The digest of one made-up row, by recipe; only the columns given differ from an empty row. */
  async function digestOf(harness: Harness, recipe: number, row: Record<string, string>) {
    const column = (name: string, type: string) => `${row[name] ?? 'NULL'}::${type} AS ${name}`;
    const columns = sql.raw(`
      ${column('id', 'bigint')}, ${column('occurred_at', 'timestamptz')}, ${column('tx_id', 'bigint')}, ${column('request_id', 'uuid')},
      ${column('actor_staff_id', 'uuid')}, ${column('actor_role', 'text')}, ${column('actor_session_hash', 'text')}, ${column('ip', 'text')},
      ${column('user_agent', 'text')}, ${column('action', 'text')}, ${column('procedure', 'text')}, ${column('entity', 'text')},
      ${column('entity_ids', 'text[]')}, ${column('subject_ids', 'text[]')}, ${column('fields', 'text[]')}, ${column('purpose_code', 'text')},
      ${column('purpose_ref', 'text')}, ${column('outcome', 'text')}, ${column('details', 'jsonb')}`);
    const [answer] = await selectRows<{ digest: string }>(
      harness.owner,
      sql`SELECT encode(${eventDigest('e', recipe)}, 'hex') AS digest FROM (SELECT ${columns}) e`,
    );
    return String(answer?.digest);
  }

  it.each([1, 2])('recipe %i tells apart rows that a plain concatenation would confuse', async (recipe) => {
    h = await createHarness();
    const pairs: [Record<string, string>, Record<string, string>][] = [
      [{ actor_role: "'ab'", actor_session_hash: "'c'" }, { actor_role: "'a'", actor_session_hash: "'bc'" }],
      [{ entity_ids: "'{a,b}'" }, { entity_ids: `'{"a,b"}'` }],
      [{ ip: "''" }, {}],
      [{ subject_ids: "'{}'" }, {}],
      [{ details: `'{"n":1}'` }, { details: `'{"n":"1"}'` }],
      [{ purpose_code: "'x'" }, { purpose_ref: "'x'" }],
    ];
    for (const [one, other] of pairs) {
      expect(await digestOf(h, recipe, one)).not.toBe(await digestOf(h, recipe, other));
    }
  });

  it('reads the same row alike in any session time zone', async () => {
    h = await createHarness();
    const harness = h;
    const at = "'2026-03-29 01:30:00+00'";
    const inZone = (zone: string) =>
      harness.database.asOwner((owner) =>
        owner.transaction(async (tx) => {
          await tx.execute(sql.raw(`SET LOCAL TIME ZONE '${zone}'`));
          const [row] = await selectRows<{ digest: string }>(
            tx,
            sql.raw(`SELECT encode(sha256(record_send(ROW(${at}::timestamptz))), 'hex') AS digest`),
          );
          return row?.digest;
        }),
      );
    expect(await inZone('Europe/Paris')).toBe(await inZone('UTC'));
  });
});

describe('the audit hash chain', () => {
  it('verifies a chain sealed partly by the previous release (recipe 1), then by this one (recipe 2)', async () => {
    const { harness } = await sealedLog(0);
    const target = await harness.staffMember('agent');
    const { api } = await harness.as('admin');
    for (let i = 0; i < 3; i += 1) await api.staff.getOne({ id: target.id });
    await sealAsPreviousRelease(harness);
    for (let i = 0; i < 3; i += 1) await api.staff.getOne({ id: target.id });
    await sealAll(harness.owner);
    const recipes = await harness.owner.select({ recipe: schema.auditChain.recipe }).from(schema.auditChain).orderBy(schema.auditChain.seq);
    expect(new Set(recipes.map((r) => r.recipe))).toEqual(new Set([1, 2]));
    for (const chunk of [1, 2, 100_000]) {
      expect((await verifyChain(harness.owner, [], undefined, chunk)).firstBreak).toBeNull();
    }
  });

  it('names a link whose recipe was changed as altered', async () => {
    const { harness, ids } = await sealedLog(4);
    const victim = ids[2] as number;
    await tamper(harness, `UPDATE audit_chain SET recipe = 1 WHERE event_id = ${victim}`);
    expect((await verifyChain(harness.owner)).firstBreak).toEqual({ seq: await seqOf(harness, victim), eventId: victim, problem: 'altered' });
  });

  it('seals every event once and verifies an untouched log clean', async () => {
    const { harness, ids } = await sealedLog(5);
    const report = await verifyChain(harness.owner);
    expect(report.firstBreak).toBeNull();
    expect(report.rowsChecked).toBe(ids.length);
    const [chain] = await harness.owner.select({ n: count() }).from(schema.auditChain);
    expect(Number(chain?.n)).toBe(ids.length);
  });

  it('names the row a superuser altered', async () => {
    const { harness, ids } = await sealedLog(5);
    const victim = ids[3] as number;
    await tamper(harness, `UPDATE audit_events SET purpose_code = 'quality' WHERE id = ${victim}`);
    const report = await verifyChain(harness.owner);
    expect(report.firstBreak).toEqual({ seq: await seqOf(harness, victim), eventId: victim, problem: 'altered' });
  });

  it('names the row a superuser removed', async () => {
    const { harness, ids } = await sealedLog(5);
    const victim = ids[2] as number;
    const seq = await seqOf(harness, victim);
    await tamper(harness, `DELETE FROM audit_events WHERE id = ${victim}`);
    expect((await verifyChain(harness.owner)).firstBreak).toEqual({ seq, eventId: victim, problem: 'removed' });
  });

  it('names the first missing position of a gap, wherever the checked chunks split the chain', async () => {
    const { harness } = await sealedLog(9);
    await tamper(harness, 'DELETE FROM audit_chain WHERE seq IN (4, 5, 6)');
    for (const chunk of [1, 2, 3, 4, 100_000]) {
      const report = await verifyChain(harness.owner, [], undefined, chunk);
      expect(report.firstBreak).toEqual({ seq: 4, eventId: null, problem: 'chain_gap' });
      expect(report.rowsChecked).toBe(3);
    }
  }, 60_000);

  it('finds the first of two altered rows, and verifies a clean chain alike, in any chunk size', async () => {
    const { harness, ids } = await sealedLog(7);
    const whole = await verifyChain(harness.owner);
    for (const chunk of [1, 2, 3]) {
      expect(await verifyChain(harness.owner, [], undefined, chunk)).toMatchObject({
        firstBreak: null,
        rowsChecked: ids.length,
        headHash: whole.headHash,
      });
    }
    await tamper(harness, `UPDATE audit_events SET fields = '{}' WHERE id IN (${ids[5]}, ${ids[2]})`);
    for (const chunk of [1, 2, 3, 100_000]) {
      const report = await verifyChain(harness.owner, [], undefined, chunk);
      expect(report.firstBreak).toEqual({ seq: await seqOf(harness, ids[2] as number), eventId: ids[2], problem: 'altered' });
    }
  }, 60_000);

  it('finds a row inserted with a forged link', async () => {
    const { harness, ids } = await sealedLog(4);
    const [head] = await harness.owner.select().from(schema.auditChain).orderBy(desc(schema.auditChain.seq)).limit(1);
    const [early] = await harness.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.id, ids[1] as number));
    await tamper(
      harness,
      `INSERT INTO audit_events (id, tx_id, action, outcome) OVERRIDING SYSTEM VALUE
         VALUES (999999, ${early?.txId}, 'read', 'success');
       INSERT INTO audit_chain (seq, event_id, event_tx_id, hash)
         VALUES (${(head?.seq ?? 0) + 1}, 999999, ${early?.txId}, '\\x${'ab'.repeat(32)}')`,
    );
    const report = await verifyChain(harness.owner);
    expect(report.firstBreak).toMatchObject({ seq: (head?.seq ?? 0) + 1, eventId: 999999 });
  });

  it('finds a row slipped in below the head without a link', async () => {
    const { harness, ids } = await sealedLog(4);
    const [early] = await harness.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.id, ids[1] as number));
    await tamper(
      harness,
      `INSERT INTO audit_events (id, tx_id, action, outcome) OVERRIDING SYSTEM VALUE VALUES (888888, ${early?.txId}, 'read', 'success')`,
    );
    expect((await verifyChain(harness.owner)).firstBreak).toMatchObject({ eventId: 888888, problem: 'inserted' });
  });

  it('finds a cut tail from a checkpoint kept outside', async () => {
    const { harness } = await sealedLog(6);
    const checkpoint = await writeCheckpoint(harness.owner);
    if (!checkpoint) throw new Error('no checkpoint');
    expect(formatCheckpoint(checkpoint)).toMatch(/^\d+:[0-9a-f]{64}$/);
    await tamper(
      harness,
      `DELETE FROM audit_events WHERE id IN (SELECT event_id FROM audit_chain WHERE seq > ${checkpoint.seq - 2});
       DELETE FROM audit_chain WHERE seq > ${checkpoint.seq - 2};
       ALTER TABLE audit_checkpoints DISABLE TRIGGER USER;
       DELETE FROM audit_checkpoints;
       ALTER TABLE audit_checkpoints ENABLE TRIGGER USER`,
    );
    expect((await verifyChain(harness.owner)).firstBreak).toBeNull();
    const report = await verifyChain(harness.owner, [{ seq: checkpoint.seq, hash: checkpoint.hash }]);
    expect(report.firstBreak).toMatchObject({ seq: checkpoint.seq, problem: 'tail_cut' });
  });

  it('stays complete and linear with 8 concurrent writers of 500 audited reads', async () => {
    h = await createHarness({ freshDatabase: true });
    const harness = h;
    const target = await harness.staffMember('agent');
    const writers = await Promise.all(Array.from({ length: 8 }, () => harness.as('admin')));
    // PGlite has one connection and runs them one at a time: the concurrency that matters is PostgreSQL's.
    const reads = harness.database.kind === 'postgres' ? 500 : 100;
    let done = false;
    const sealer = (async () => {
      while (!done) await sealAll(harness.owner);
    })();
    await Promise.all(
      writers.map(async ({ api }) => {
        for (let i = 0; i < reads; i += 1) await api.staff.getOne({ id: target.id });
      }),
    );
    done = true;
    await sealer;
    await sealAll(harness.owner);
    const [stats] = await selectRows<{ events: number; links: number; max_seq: number; distinct_events: number }>(
      harness.owner,
      sql`SELECT (SELECT count(*)::int FROM audit_events) AS events, count(*)::int AS links,
                 max(seq)::int AS max_seq, count(DISTINCT event_id)::int AS distinct_events FROM audit_chain`,
    );
    expect(stats?.events).toBeGreaterThanOrEqual(8 * reads);
    expect(stats).toEqual({
      events: stats?.events,
      links: stats?.events,
      max_seq: stats?.events,
      distinct_events: stats?.events,
    });
    const report = await verifyChain(harness.owner);
    expect(report.firstBreak).toBeNull();
    expect(report.rowsChecked).toBe(stats?.events);
  }, 120_000);

  // Concurrent transactions need PostgreSQL: PGlite runs one at a time.
  it.runIf(inject('testDatabaseUrl'))(
    'waits for an unfinished transaction of its own database, never for one elsewhere on the server',
    async () => {
      h = await createHarness({ freshDatabase: true });
      const harness = h;
      const target = await harness.staffMember('agent');
      const { api } = await harness.as('admin');
      const sealedCount = async () => (await harness.owner.select({ n: count() }).from(schema.auditChain))[0]?.n;
      const eventCount = async () => (await harness.owner.select({ n: count() }).from(schema.auditEvents))[0]?.n;

      // Another database of the same server: a long report or a bench holding a transaction id.
      const elsewhere = postgres(inject('testDatabaseUrl') ?? '', { max: 1, onnotice: () => {} });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const otherTransaction = elsewhere.begin(async (tx) => {
        await tx`SELECT pg_current_xact_id()`;
        await held;
      });
      try {
        await api.staff.getOne({ id: target.id });
        await sealAll(harness.owner);
        expect(await sealedCount()).toBe(await eventCount());
      } finally {
        release();
        await otherTransaction;
        await elsewhere.end();
      }

      // A transaction of this database that started before an event may still write below it: wait.
      let releaseOurs = () => {};
      const heldOurs = new Promise<void>((resolve) => {
        releaseOurs = resolve;
      });
      let started = () => {};
      const hasId = new Promise<void>((resolve) => {
        started = resolve;
      });
      const ourTransaction = harness.owner.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_current_xact_id()`);
        started();
        await heldOurs;
      });
      await hasId;
      await api.staff.getOne({ id: target.id });
      await sealAll(harness.owner);
      expect(await sealedCount()).toBe(Number(await eventCount()) - 1);
      releaseOurs();
      await ourTransaction;
      await sealAll(harness.owner);
      expect(await sealedCount()).toBe(await eventCount());
      expect((await verifyChain(harness.owner)).firstBreak).toBeNull();
    },
  );
});
