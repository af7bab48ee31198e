import { describe, expect, it } from 'vitest';
import { describeDisclosure } from './disclosure.ts';

const contractsList = { entity: 'contracts', action: 'list' } as const;
const learner = '2d3f5a0e-0000-4000-8000-000000000001';

describe('describeDisclosure', () => {
  it('names the learner a reference list was about, even when it came back empty', () => {
    const input = { target: 'learnerId', id: learner, pagination: { page: 1, perPage: 5 } };
    expect(describeDisclosure(contractsList, input, { data: [], total: 0 }, {})).toMatchObject({
      subjectIds: [`learner:${learner}`],
      details: { count: 0 },
    });
  });

  it('names the learner a list was filtered on', () => {
    const input = { filter: { learnerId: learner, status: 'active' } };
    expect(describeDisclosure(contractsList, input, { data: [], total: 0 }, {})).toMatchObject({
      subjectIds: [`learner:${learner}`],
      details: { filters: ['learnerId', 'status'] },
    });
  });

  it('names nobody for a reference that is not the subject key', () => {
    const input = { target: 'employerId', id: learner };
    expect(describeDisclosure(contractsList, input, { data: [], total: 0 }, {}).subjectIds).toEqual([]);
  });

  it('adds the declared fields a read names itself (a photo sent as base64)', () => {
    const output = { data: { id: learner, learnerId: learner, mimeType: 'image/png', base64: 'iVBO' } };
    const row = describeDisclosure({ entity: 'learnerPhotos', action: 'read' }, { id: learner }, output, {
      fields: ['bytes', 'notDeclared'],
    });
    expect(row).toMatchObject({ fields: ['bytes', 'mimeType'], subjectIds: [`learner:${learner}`] });
  });
});
