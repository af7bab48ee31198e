import { addDays } from '@vigie/domain/calendar';
import { euEeaCountries, type processorStatuses, type transferSafeguards } from '@vigie/domain/enums';

/** A contract due for review within this many days shows a warning. */
export const REVIEW_NOTICE_DAYS = 60;

export type ProcessorCheckCode = 'transfer_without_safeguard' | 'contract_review_due' | 'no_signed_contract';
export interface ProcessorCheck {
  code: ProcessorCheckCode;
  severity: 'error' | 'warning';
}

export interface CheckedProcessor {
  country: string;
  adequacyDecision: boolean;
  safeguard: (typeof transferSafeguards)[number];
  contractSignedOn: string | null;
  contractReviewOn: string | null;
  hasContractFile: boolean;
  status: (typeof processorStatuses)[number];
}

const euEea = new Set<string>(euEeaCountries);
export const isEuEea = (country: string) => euEea.has(country);

/**
 * What the DPO must fix about a processor (domain rule 4): a transfer outside the EU/EEA with neither an
 * adequacy decision nor a safeguard, a contract to review within 60 days (or overdue), no signed contract
 * on file (its date and its signed copy). An ended processor is checked no more.
 */
export function processorChecks(processor: CheckedProcessor, today: string): ProcessorCheck[] {
  if (processor.status === 'ended') return [];
  const checks: ProcessorCheck[] = [];
  const transfer = !isEuEea(processor.country) && !processor.adequacyDecision;
  if (transfer && processor.safeguard === 'none') checks.push({ code: 'transfer_without_safeguard', severity: 'error' });
  if (!processor.contractSignedOn || !processor.hasContractFile) {
    checks.push({ code: 'no_signed_contract', severity: 'error' });
  }
  if (processor.contractReviewOn && processor.contractReviewOn <= addDays(today, REVIEW_NOTICE_DAYS)) {
    checks.push({ code: 'contract_review_due', severity: 'warning' });
  }
  return checks;
}
