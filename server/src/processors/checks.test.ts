import { describe, expect, it } from 'vitest';
import { type CheckedProcessor, processorChecks } from './checks.ts';

const today = '2026-03-01';
/** A processor nothing is wrong with: in France, contract signed and on file, review in a year. */
const clean: CheckedProcessor = {
  country: 'FR',
  adequacyDecision: false,
  safeguard: 'none',
  contractSignedOn: '2025-01-15',
  contractReviewOn: '2027-03-01',
  hasContractFile: true,
  status: 'active',
};
const codes = (changes: Partial<CheckedProcessor>) => processorChecks({ ...clean, ...changes }, today).map((c) => c.code);

describe('processor checks', () => {
  it('stay quiet on a clean processor, in the EU/EEA, in an adequate country or with a safeguard', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ country: 'NO' })).toEqual([]);
    expect(codes({ country: 'CH', adequacyDecision: true })).toEqual([]);
    expect(codes({ country: 'US', safeguard: 'scc' })).toEqual([]);
    expect(codes({ country: 'IN', safeguard: 'bcr' })).toEqual([]);
    expect(codes({ contractReviewOn: null })).toEqual([]);
  });

  it('flag a transfer outside the EU/EEA without a safeguard as an error', () => {
    expect(processorChecks({ ...clean, country: 'US' }, today)).toEqual([
      { code: 'transfer_without_safeguard', severity: 'error' },
    ]);
  });

  it('warn about a review due within 60 days (or overdue), not on day 61', () => {
    expect(processorChecks({ ...clean, contractReviewOn: '2026-04-30' }, today)).toEqual([
      { code: 'contract_review_due', severity: 'warning' },
    ]);
    expect(codes({ contractReviewOn: '2025-12-31' })).toEqual(['contract_review_due']);
    expect(codes({ contractReviewOn: '2026-05-01' })).toEqual([]);
  });

  it('flag a contract without its date or without its signed copy as an error', () => {
    expect(processorChecks({ ...clean, contractSignedOn: null }, today)).toEqual([
      { code: 'no_signed_contract', severity: 'error' },
    ]);
    expect(codes({ hasContractFile: false })).toEqual(['no_signed_contract']);
  });

  it('report every problem at once, and none for an ended processor', () => {
    const all = { country: 'US', contractSignedOn: null, contractReviewOn: '2026-03-02' };
    expect(codes(all)).toEqual(['transfer_without_safeguard', 'no_signed_contract', 'contract_review_due']);
    expect(codes({ ...all, status: 'ended' })).toEqual([]);
  });
});
