import { schema } from '@vigie/db';

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
  safeguard: (typeof schema.transferSafeguards)[number];
  contractSignedOn: string | null;
  contractReviewOn: string | null;
  hasContractFile: boolean;
  status: (typeof schema.processorStatuses)[number];
}

const euEea = new Set<string>(schema.euEeaCountries);
export const isEuEea = (country: string) => euEea.has(country);

/** Today's date in Paris, where the DPO works (`YYYY-MM-DD`). */
export function parisDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

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
