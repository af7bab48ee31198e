import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditRowOf } from '../../test/audit.ts';
import { createHarness, type Harness } from '../../test/harness.ts';
import { insertLearnerFile, type LearnerStrings, uniqueStrings } from '../../test/learner-file.ts';
import { requestDesk } from '../../test/requests.ts';
import { allColumnsOf, columnsOf, scanTextColumns } from '../../test/scan.ts';
import type { erasurePreviewRecord } from './schemas.ts';

let h: Harness;
let desk: Awaited<ReturnType<typeof requestDesk>>;

beforeAll(async () => {
  // A database of its own: the roll-back test puts a failing trigger on the timeline.
  h = await createHarness({ freshDatabase: true });
  desk = await requestDesk(h);
});
afterAll(() => h.close());

const staff = () => ({ agentId: desk.agent.member.id, dpoId: desk.dpo.member.id });
const needlesOf = (s: LearnerStrings) => [s.lastName, s.firstName, s.email, s.phone, s.presentation];

/** A learner with data everywhere, and their verified erasure request, written as they wrote it. */
async function erasureCase(contractEnd: string | null = '2025-12-31') {
  const strings = uniqueStrings();
  const learner = await insertLearnerFile(h.owner, strings, staff(), contractEnd);
  const request = await desk.verified(learner.id, ['erasure']);
  await desk.asAgent().api.requests.addNote({ id: request.id, note: `Appel de ${strings.firstName} ${strings.lastName}` });
  await h.owner
    .update(schema.subjectRequests)
    .set({ requesterName: `${strings.firstName} ${strings.lastName}`, requesterEmail: strings.email })
    .where(eq(schema.subjectRequests.id, request.id));
  return { strings, learner, request };
}

async function rowsOf(learnerId: string) {
  const count = async (table: typeof schema.interactions | typeof schema.platformAccessLogs | typeof schema.assessments) =>
    (await h.owner.select().from(table).where(eq(table.learnerId, learnerId))).length;
  const [learner] = await h.owner.select().from(schema.learners).where(eq(schema.learners.id, learnerId));
  const photos = await h.owner.select().from(schema.learnerPhotos).where(eq(schema.learnerPhotos.learnerId, learnerId));
  const groups = await h.owner.select().from(schema.groupMembers).where(eq(schema.groupMembers.learnerId, learnerId));
  const contracts = await h.owner.select().from(schema.trainingContracts).where(eq(schema.trainingContracts.learnerId, learnerId));
  const attendance = await h.owner.select().from(schema.attendance).where(eq(schema.attendance.learnerId, learnerId));
  return {
    learner,
    photos: photos.length,
    groups: groups.length,
    contracts: contracts.length,
    attendance: attendance.length,
    assessments: await count(schema.assessments),
    interactions: await count(schema.interactions),
    accessLogs: await count(schema.platformAccessLogs),
  };
}

describe('erasure of a learner whose contract ended last December', () => {
  let c: Awaited<ReturnType<typeof erasureCase>>;
  let preview: z.infer<typeof erasurePreviewRecord>;
  let before: Map<string, string[]>;

  beforeAll(async () => {
    c = await erasureCase();
    // An access answer produced earlier and not yet purged: a whole copy of the file.
    const access = await desk.verified(c.learner.id, ['access']);
    await desk.asAgent().api.requests.exportPackage({ id: access.id });
    before = await scanTextColumns(h, needlesOf(c.strings));
    preview = (await desk.asDpo().api.requests.previewErasure({ id: c.request.id })).data;
  });

  it('previews, per category, what goes and what stays, with the ground and the date', () => {
    const accounting = expect.stringContaining('code de commerce, art. L123-22');
    const byCategory = Object.fromEntries(preview.categories.map((k) => [k.category, k]));
    expect(byCategory.identity).toMatchObject({ action: 'keep', until: '2035-12-31', ground: accounting });
    expect(byCategory.contract).toMatchObject({ action: 'keep', until: '2035-12-31' });
    expect(byCategory.attendance_evidence).toMatchObject({ action: 'keep', until: '2035-12-31' });
    for (const gone of ['contact', 'profile', 'pedagogical', 'employment', 'customer_service', 'access_log'] as const) {
      expect(byCategory[gone]?.action).toBe('erase');
    }
    // The sessions a kept attendance sheet proves stay with it, on its ground: the category says so too.
    expect(byCategory.movement).toMatchObject({ action: 'keep', until: '2035-12-31', ground: accounting });
    expect(byCategory.movement?.items).toEqual([
      expect.objectContaining({ entity: 'attendance', action: 'keep', until: '2035-12-31', ground: accounting }),
    ]);
    expect(preview.proof).toMatchObject({ until: '2031-02-10', ground: expect.stringContaining('art. 2224') });
    expect(preview.proof.items.map((i) => i.entity).sort()).toEqual(['disclosures', 'requestEvents', 'requests']);
  });

  it('the scan finds the strings everywhere before', () => {
    expect(before.get('learners.email')).toEqual([c.strings.email]);
    expect(before.get('learners.presentation')).toEqual([c.strings.presentation]);
    expect(before.get('interactions.summary')?.sort()).toEqual(
      [c.strings.email, c.strings.firstName, c.strings.lastName, c.strings.phone].sort(),
    );
    expect(before.get('assessments.notes')).toBeDefined();
  });

  it('erases in one step, audited, and leaves the strings only where the preview said they are kept', async () => {
    const { api, request } = desk.asDpo();
    const { data } = await api.requests.executeErasure({ id: c.request.id });
    expect(data).toMatchObject({ id: c.learner.id, requestId: c.request.id });
    const audit = await auditRowOf(h, request.requestId);
    expect(audit).toMatchObject({
      action: 'delete',
      entity: 'learners',
      subjectIds: [`learner:${c.learner.id}`],
      purposeCode: 'dsr',
      purposeRef: `request:${c.request.id}`,
    });
    expect(audit.fields).toEqual(expect.arrayContaining(['email', 'phone', 'presentation', 'locality']));
    expect(audit.fields).not.toContain('lastName');

    const kept = new Set([
      ...preview.categories.flatMap((k) => k.items.filter((i) => i.action === 'keep').flatMap((i) => columnsOf(i.entity, i.fields))),
      ...preview.proof.items.flatMap((i) => allColumnsOf(i.entity)),
    ]);
    const after = await scanTextColumns(h, needlesOf(c.strings));
    for (const [column, hits] of after) expect({ column, hits, kept: kept.has(column) }).toMatchObject({ kept: true });
    // Where they stay: her name on her record (accounts) and the search text made of it, the request
    // file (proof); nowhere else.
    expect([...after.keys()].sort()).toEqual([
      'learners.first_name',
      'learners.last_name',
      'learners.search_text',
      'subject_request_events.note',
      'subject_requests.requester_email',
      'subject_requests.requester_name',
    ]);
  });

  it('marks the learner erased, keeps the rows the law requires and deletes the others', async () => {
    const rows = await rowsOf(c.learner.id);
    expect(rows.learner).toMatchObject({ status: 'erased', email: '', phone: null, presentation: null, employerId: null });
    expect(rows).toMatchObject({ photos: 0, groups: 0, assessments: 0, interactions: 0, accessLogs: 0, contracts: 1, attendance: 1 });
    const packages = await h.owner.select().from(schema.requestPackages).where(eq(schema.requestPackages.learnerId, c.learner.id));
    expect(packages).toEqual([]);
  });

  it('can no longer be edited, nor erased again', async () => {
    await expect(desk.asAgent().api.learners.update({ id: c.learner.id, data: { phone: '06 00 00 00 00' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(desk.asDpo().api.requests.executeErasure({ id: c.request.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('gives the written answer again from the request: what was erased, what is kept, why, until when', async () => {
    const { data } = await desk.asAgent().api.requests.erasureAnswer({ id: c.request.id });
    expect(data.html).toContain('Objet : réponse à votre demande d’effacement');
    expect(data.html).toContain(`${c.strings.firstName} ${c.strings.lastName}`);
    expect(data.html).toMatch(/Coordonnées<\/td><td>Fiche de l’apprenant \(1\)/);
    expect(data.html).toMatch(/Identité<\/td><td>Fiche de l’apprenant \(1\)<\/td><td>Pièces comptables : code de commerce, art\. L123-22<\/td><td>31 décembre 2035/);
    expect(data.html).toContain('conservés jusqu’au 10 février 2031');
    const { data: request } = await desk.asAgent().api.requests.getOne({ id: c.request.id });
    expect(request.erasureExecutedAt).toBe(data.executedAt);
    // An erasure-only request does not stay "En cours" once executed.
    expect(request).toMatchObject({ status: 'completed', closedAt: expect.any(String) });
  });
});

describe('erasure while the contract runs: each kept item on the ground that really covers it', () => {
  it('keeps the objection to visits alone on its ground, and no named assessment under the anonymised-results rule', async () => {
    const c = await erasureCase('2027-04-09');
    await h.owner.update(schema.learners).set({ objectsToQualityVisits: true }).where(eq(schema.learners.id, c.learner.id));
    const { data: preview } = await desk.asDpo().api.requests.previewErasure({ id: c.request.id });
    const byCategory = Object.fromEntries(preview.categories.map((k) => [k.category, k]));
    const visits = expect.stringContaining('opposition du stagiaire aux visites');
    expect(byCategory.profile).toMatchObject({ action: 'erase' });
    expect(byCategory.profile?.items).toEqual(
      expect.arrayContaining([
        { entity: 'learners', records: 1, fields: ['objectsToQualityVisits'], action: 'keep', ground: visits, until: '2027-04-09' },
        expect.objectContaining({ entity: 'learners', action: 'erase', fields: expect.arrayContaining(['locality', 'presentation']) }),
        expect.objectContaining({ entity: 'learnerPhotos', action: 'erase' }),
      ]),
    );
    // No kept item anywhere claims the visits' ground for anything but the objection.
    for (const item of preview.categories.flatMap((k) => k.items)) {
      if (item.action === 'keep' && item.ground?.includes('visites')) expect(item.fields).toEqual(['objectsToQualityVisits']);
    }
    expect(byCategory.pedagogical?.items).toContainEqual(expect.objectContaining({ entity: 'assessments', action: 'erase' }));
    // Anonymised results are no ground to keep anything that names the learner.
    for (const item of preview.categories.flatMap((k) => k.items)) expect(item.ground ?? '').not.toContain('anonymisés');
    // Every category's verdict agrees with its items.
    for (const k of preview.categories) {
      if (k.items.length && k.items.every((i) => i.action === 'keep')) expect(k.action).toBe('keep');
    }

    await desk.asDpo().api.requests.executeErasure({ id: c.request.id });
    const rows = await rowsOf(c.learner.id);
    expect(rows.learner).toMatchObject({ objectsToQualityVisits: true, locality: null, presentation: null, status: 'erased' });
    expect(rows).toMatchObject({ photos: 0, assessments: 0 });
    const after = await scanTextColumns(h, needlesOf(c.strings));
    expect(after.has('assessments.notes')).toBe(false);
  });
});

describe('erasure of a learner without a contract', () => {
  it('empties the record itself: no ground keeps the name', async () => {
    const c = await erasureCase(null);
    await desk.asDpo().api.requests.executeErasure({ id: c.request.id });
    const after = await scanTextColumns(h, needlesOf(c.strings));
    expect([...after.keys()].sort()).toEqual([
      'subject_request_events.note',
      'subject_requests.requester_email',
      'subject_requests.requester_name',
    ]);
    expect((await rowsOf(c.learner.id)).learner).toMatchObject({ lastName: '', firstName: '', status: 'erased' });
  });
});

describe('what stops an erasure', () => {
  it('an unverified request cannot be previewed nor executed', async () => {
    const learner = await insertLearnerFile(h.owner, uniqueStrings(), staff());
    const request = await desk.open({ learnerId: learner.id, types: ['erasure'] });
    await expect(desk.asDpo().api.requests.previewErasure({ id: request.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(desk.asDpo().api.requests.executeErasure({ id: request.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await rowsOf(learner.id)).learner?.status).toBe('active');
  });

  it('a request that does not carry erasure cannot erase', async () => {
    const learner = await insertLearnerFile(h.owner, uniqueStrings(), staff());
    const request = await desk.verified(learner.id, ['access']);
    await expect(desk.asDpo().api.requests.executeErasure({ id: request.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('agents cannot execute: 403 and an audit row', async () => {
    const c = await erasureCase();
    const { api, request } = desk.asAgent();
    await expect(api.requests.executeErasure({ id: c.request.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'denied',
      outcome: 'denied',
      procedure: 'requests.executeErasure',
    });
    expect((await rowsOf(c.learner.id)).learner?.email).toBe(c.strings.email);
  });

  it('a legal hold keeps everything, and the answer says until when and on what ground', async () => {
    const c = await erasureCase();
    const admin = await h.as('admin');
    const reason = 'Suspicion de fraude au CPF : enquête en cours';
    await admin.api.learners.placeLegalHold({ id: c.learner.id, until: '2026-09-30', reason });
    const { data: preview } = await desk.asDpo().api.requests.previewErasure({ id: c.request.id });
    expect(preview.hold).toEqual({ reason, until: '2026-09-30' });
    // Everything is kept: until the hold ends, or longer where the accounts require it.
    const [held, longer] = [preview.categories.filter((k) => k.activity === 'legal_hold'), preview.categories.filter((k) => k.activity !== 'legal_hold')];
    for (const k of held) expect(k).toMatchObject({ action: 'keep', until: '2026-09-30', ground: reason });
    expect(longer.map((k) => [k.category, k.action, k.until])).toEqual([
      ['identity', 'keep', '2035-12-31'],
      ['attendance_evidence', 'keep', '2035-12-31'],
      ['contract', 'keep', '2035-12-31'],
    ]);
    expect(held.map((k) => k.category)).toEqual(expect.arrayContaining(['contact', 'profile', 'access_log', 'customer_service']));

    const beforeRows = await rowsOf(c.learner.id);
    await desk.asDpo().api.requests.executeErasure({ id: c.request.id });
    expect(await rowsOf(c.learner.id)).toEqual(beforeRows);
    const { data } = await desk.asDpo().api.requests.erasureAnswer({ id: c.request.id });
    expect(data.html).toContain('conservation pour motif légal jusqu’au 30 septembre 2026');
    expect(data.html).toContain('Aucune donnée n’a pu être effacée');
    expect(data.html).toMatch(/Coordonnées<\/td><td>Fiche de l’apprenant \(1\)<\/td><td>Constatation, exercice ou défense de droits en justice/);
    // The staff's reason stays in-house: an investigation is not announced to its subject.
    expect(data.html).not.toContain('enquête en cours');
  });

  it('rolls everything back when a step fails: no half-erasure', async () => {
    const c = await erasureCase();
    const beforeRows = await rowsOf(c.learner.id);
    await h.database.asOwner(async (owner) => {
      await owner.execute(sql`create function test_refuse_executed() returns trigger language plpgsql as $$
        begin if new.kind = 'executed' then raise exception 'refused by the test'; end if; return new; end $$`);
      await owner.execute(sql`create trigger test_refuse_executed before insert on subject_request_events
        for each row execute function test_refuse_executed()`);
    });
    try {
      const failure = desk.asDpo().api.requests.executeErasure({ id: c.request.id });
      await expect(failure).rejects.toBeInstanceOf(TRPCError);
    } finally {
      await h.database.asOwner(async (owner) => {
        await owner.execute(sql`drop trigger test_refuse_executed on subject_request_events`);
        await owner.execute(sql`drop function test_refuse_executed()`);
      });
    }
    expect(await rowsOf(c.learner.id)).toEqual(beforeRows);
  });

  it('the database refuses to delete the rows of a learner not marked erased', async () => {
    const learner = await insertLearnerFile(h.owner, uniqueStrings(), staff());
    await expect(
      h.database.db.execute(sql`select vigie_erase_learner_rows(${learner.id}, array['interactions']::text[])`),
    ).rejects.toThrow();
    await expect(h.database.db.execute(sql`delete from interactions where learner_id = ${learner.id}`)).rejects.toThrow();
  });
});
