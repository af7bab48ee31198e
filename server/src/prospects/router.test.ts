import { schema } from '@vigie/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const auditOf = (id: string, action: string) =>
  h.owner
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entity, 'prospects'), eq(schema.auditEvents.action, action), sql`${schema.auditEvents.subjectIds} @> ARRAY[${`prospect:${id}`}]::text[]`));

describe('prospects (the contact form)', () => {
  it('an agent records, finds and corrects a prospect; each step is audited with the prospect as subject', async () => {
    const agent = await h.as('agent', { purpose: 'learner_request' });
    const created = await agent.api.prospects.create({
      data: { fullName: 'Inès Moreau', phone: '06 11 22 33 44', email: 'Ines.Moreau@Example.fr', company: 'Atelier Moreau', need: 'Anglais pour l’export' },
    });
    const id = created.data.id;
    // Stored normalised, answered masked: "Afficher" shows it in full.
    expect(created.data).toMatchObject({ email: 'i•••@•••.fr', newsletterConsent: false });
    expect((await agent.api.prospects.reveal({ id, field: 'email' })).data.value).toBe('ines.moreau@example.fr');
    expect(await auditOf(id, 'create')).toHaveLength(1);

    const page = await agent.api.prospects.getList({ pagination: { page: 1, perPage: 10 }, sort: { field: 'fullName', order: 'ASC' }, filter: { q: 'moreau' } });
    expect(page.data.map((p) => p.id)).toContain(id);
    // A search: recorded with the ids that came back, never the typed text.
    expect(await auditOf(id, 'search')).toHaveLength(1);

    const again = new Date(Date.now() - 60_000).toISOString();
    const corrected = await agent.api.prospects.update({ id, data: { phone: '06 99 88 77 66', lastContactAt: again } });
    expect(corrected.data.lastContactAt).toBe(again);
    const [update] = await auditOf(id, 'update');
    expect(update?.fields).toEqual(expect.arrayContaining(['phone', 'lastContactAt']));
    expect(corrected.data.phone).toBe('06 •• •• •• 66');
  });

  it('refuses a malformed e-mail by its field, in French, and is closed to managers and admins', async () => {
    const agent = await h.as('agent', { purpose: 'learner_request' });
    await expect(agent.api.prospects.create({ data: { fullName: 'X', phone: '0611223344', email: 'pas-une-adresse' } })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('e-mail'),
    });
    for (const role of ['manager', 'admin'] as const) {
      const other = await h.as(role);
      await expect(other.api.prospects.getList({ pagination: { page: 1, perPage: 10 }, sort: { field: 'fullName', order: 'ASC' }, filter: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
