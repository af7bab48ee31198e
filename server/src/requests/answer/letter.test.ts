import { describe, expect, it } from 'vitest';
import { controller } from '../../activities/controller.ts';
import type { ActivityRecord } from '../../activities/schemas.ts';
import type { ProcessorRecord } from '../../processors/schemas.ts';
import { answerLetterHtml, type LetterFacts } from './letter.ts';

const activity = {
  name: 'Mesure d’audience',
  purpose: 'Améliorer le site',
  legalBasis: 'legitimate_interest',
  legitimateInterest: 'Connaître l’usage du site',
  dataCategories: ['access_log'],
  internalRecipients: ['it'],
  employerRecipient: false,
  retention: [{ category: 'access_log', period: 14, unit: 'months', startsAt: 'collection', note: 'Identifiants Google' }],
} as unknown as ActivityRecord;
const google = {
  name: 'Google Ireland / Google LLC',
  service: 'Google Analytics',
  country: 'US',
  euEea: false,
  adequacyDecision: false,
  safeguard: 'scc',
  safeguardVersion: '2021/914',
} as unknown as ProcessorRecord;

const facts: LetterFacts = {
  controller,
  generatedAt: new Date('2026-11-26T10:00:00Z'),
  requesterName: 'Claire <script>alert(1)</script> Dupont',
  receivedAt: '2026-11-02',
  categoriesHeld: ['identity', 'access_log'],
  activities: [activity],
  processors: [google],
  disclosures: [{ authority: 'Tribunal judiciaire de Lyon', receivedOn: '2026-10-02', decision: 'disclosed', disclosedOn: '2026-10-05', dataCategories: ['identity'] }],
  accessesByRole: [{ role: 'agent', reads: 3, changes: 1, first: '2026-09-01T08:00:00Z', last: '2026-11-20T08:00:00Z' }],
};

describe('the cover letter of an access answer', () => {
  const letter = answerLetterHtml(facts);

  it('states the facts of Art. 15 from the registers, in French', () => {
    expect(letter).toContain('reçue le 2 novembre 2026');
    expect(letter).toContain('Intérêt légitime – art. 6(1)(f)');
    expect(letter).toContain('Journaux d&#39;accès : 14 mois après la collecte (Identifiants Google)');
    expect(letter).toContain('Google Analytics (US, hors Union européenne : Clauses contractuelles types (2021/914))');
    expect(letter).toContain('Tribunal judiciaire de Lyon, demande reçue le 2 octobre 2026 : données communiquées le 5 octobre 2026');
    expect(letter).toContain('<td>Service client</td><td>3</td><td>1</td>');
    expect(letter).toContain('CNIL');
  });

  it('escapes what people typed', () => {
    expect(letter).not.toContain('<script>');
    expect(letter).toContain('Claire &lt;script&gt;alert(1)&lt;/script&gt; Dupont,');
  });

  it('says so when no authority asked', () => {
    expect(answerLetterHtml({ ...facts, disclosures: [] })).toContain('Aucune autorité n’a demandé');
  });
});
