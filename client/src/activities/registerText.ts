import type { TranslateFunction } from 'react-admin';
import type { RegisterProcessor, RetentionRule } from './Activity.ts';

/** The register's sentences, shared by the screens, the printable document and the CSV. */

export const codes = (translate: TranslateFunction, prefix: string, values: readonly string[]) =>
  values.map((value) => translate(`vigie.${prefix}.${value}`));

/** "Journaux d'accès : 6 mois après la collecte (fondement)". */
export function retentionText(translate: TranslateFunction, rule: RetentionRule): string {
  const period = translate('vigie.activities.retention_rule', {
    period: rule.period,
    unit: translate(`vigie.retentionUnit.${rule.unit}`),
    event: translate(`vigie.retentionEvent.${rule.startsAt}`),
  });
  const text = `${translate(`vigie.dataCategory.${rule.category}`)} : ${period}`;
  return rule.note ? `${text} (${rule.note})` : text;
}

/** The processors outside the EU/EEA: the activity's transfers, with their legal ground. */
export const transfersOf = (processors: readonly RegisterProcessor[]) => processors.filter((p) => !p.euEea);

export function transferText(translate: TranslateFunction, processor: RegisterProcessor): string {
  const ground = processor.adequacyDecision
    ? translate('vigie.processors.adequate')
    : [translate(`vigie.safeguard.${processor.safeguard}`), processor.safeguardVersion].filter(Boolean).join(' – ');
  return translate('vigie.register.transfer', { name: processor.name, country: processor.country, safeguard: ground });
}
