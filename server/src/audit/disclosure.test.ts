import { describe, expect, it } from 'vitest';
import { describeDisclosure } from './disclosure.ts';

const contractsList = { entity: 'contracts', action: 'list' } as const;
const nothing = { fields: [], subjectIds: [] };
const learner = '2d3f5a0e-0000-4000-8000-000000000001';

describe('describeDisclosure', () => {
  it('names the learner a reference list was about, even when it came back empty', () => {
    const input = { target: 'learnerId', id: learner, pagination: { page: 1, perPage: 5 } };
    expect(describeDisclosure(contractsList, input, { data: [], total: 0 }, nothing)).toMatchObject({
      subjectIds: [`learner:${learner}`],
      details: { count: 0 },
    });
  });

  it('names the learner a list was filtered on', () => {
    const input = { filter: { learnerId: learner, status: 'active' } };
    expect(describeDisclosure(contractsList, input, { data: [], total: 0 }, nothing)).toMatchObject({
      subjectIds: [`learner:${learner}`],
      details: { filters: ['learnerId', 'status'] },
    });
  });

  it('names nobody for a reference that is not the subject key', () => {
    const input = { target: 'employerId', id: learner };
    expect(describeDisclosure(contractsList, input, { data: [], total: 0 }, nothing).subjectIds).toEqual([]);
  });

  it('records what the handler revealed, whatever the answer looks like', () => {
    const output = { data: { renamed: 'x' } };
    const revealed = { fields: ['bytes', 'mimeType'], subjectIds: [`learner:${learner}`], entityIds: [learner] };
    expect(describeDisclosure({ entity: 'learnerPhotos', action: 'read' }, { id: learner }, output, revealed)).toMatchObject({
      fields: ['bytes', 'mimeType'],
      subjectIds: [`learner:${learner}`],
      entityIds: [learner],
      details: { count: 1 },
    });
  });

  it('calls a list with a search box a search, and never records the text', () => {
    const row = describeDisclosure(contractsList, { filter: { q: 'dupont' } }, { data: [] }, nothing);
    expect(row.action).toBe('search');
    expect(JSON.stringify(row)).not.toContain('dupont');
  });
});
