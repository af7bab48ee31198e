import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer } from '../test/records.ts';

let h: Harness;
let agent: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token: agent } = await h.as('agent'));
});
afterAll(() => h.close());

async function insertContact() {
  const employer = await insertEmployer(h.owner);
  const [contact] = await h.owner
    .insert(schema.employerContacts)
    .values({ employerId: employer.id, lastName: 'Rh', firstName: 'Anne', email: 'anne.rh@exemple.fr', role: 'hr' })
    .returning();
  if (!contact) throw new Error('contact not inserted');
  return contact;
}
const stored = async (id: string) =>
  (await h.owner.select().from(schema.employerContacts).where(eq(schema.employerContacts.id, id)))[0];
const call = () => h.caller({ token: agent, purpose: 'learner_request', purposeRef: 'CALL-7' });

describe('employerContacts.update (rectification of a contact person)', () => {
  it('writes and audits only the fields that changed, never the values', async () => {
    const contact = await insertContact();
    const { api, request } = call();
    const { data } = await api.employerContacts.update({
      id: contact.id,
      data: { lastName: 'Rh', email: ' Anne.Martin@Exemple.FR', phone: '04 72 00 00 01' },
    });
    expect(data).toMatchObject({ lastName: 'Rh', email: 'a•••@•••.fr', phone: '04 •• •• •• 01' });
    const [stored] = await h.owner.select().from(schema.employerContacts).where(eq(schema.employerContacts.id, contact.id));
    expect(stored).toMatchObject({ email: 'anne.martin@exemple.fr', phone: '+33 4 72 00 00 01' });
    const row = await auditRowOf(h, request.requestId);
    expect(row).toMatchObject({
      action: 'update',
      entity: 'employerContacts',
      subjectIds: [`employer_contact:${contact.id}`],
      fields: ['email', 'phone'],
      purposeRef: 'CALL-7',
    });
    expect(JSON.stringify(row)).not.toMatch(/martin|72 00 00 01/i);
  });

  it.each([
    ['data.email', { email: 'anne@' }],
    ['data.phone', { phone: '04 72' }],
    ['data.firstName', { firstName: '' }],
    ['data.role', { role: 'boss' }],
  ])('refuses a bad %s with that field and changes nothing', async (field, data) => {
    const contact = await insertContact();
    const error = await errorOf(call().api.employerContacts.update({ id: contact.id, data: data as never }));
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { [field]: [expect.any(String)] } } });
    expect(await stored(contact.id)).toEqual(contact);
  });

  it('is for agents: the DPO reviews contacts but does not edit them', async () => {
    const contact = await insertContact();
    const dpo = await h.as('dpo', { purpose: 'dsr' });
    const error = await errorOf(dpo.api.employerContacts.update({ id: contact.id, data: { phone: '0472000002' } }));
    expect(error).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(await stored(contact.id)).toEqual(contact);
  });
});
