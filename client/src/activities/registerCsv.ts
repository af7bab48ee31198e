import type { TranslateFunction } from 'react-admin';
import { buildCsv, type CsvColumn } from '@vigie/domain/csv';
import { formatDate } from '../format/frenchFormats.ts';
import type { Activity, Register, RegisterProcessor } from './Activity.ts';
import { codes, retentionText, transferText, transfersOf } from './registerText.ts';

type Line = { activity: Activity; processors: RegisterProcessor[] };
type Options = { translate: TranslateFunction; locale?: string };

function columns({ translate, locale }: Options): CsvColumn<Line>[] {
  const header = (key: string) => translate(`vigie.register.csv.${key}`);
  const list = (items: string[]) => items.join(' | ');
  return [
    { header: header('name'), value: ({ activity }) => activity.name },
    { header: header('purpose'), value: ({ activity }) => activity.purpose },
    { header: header('legalBasis'), value: ({ activity }) => translate(`vigie.legalBasis.${activity.legalBasis}`) },
    { header: header('legitimateInterest'), value: ({ activity }) => activity.legitimateInterest },
    { header: header('subjects'), value: ({ activity }) => list(codes(translate, 'subjectCategory', activity.subjectCategories)) },
    { header: header('data'), value: ({ activity }) => list(codes(translate, 'dataCategory', activity.dataCategories)) },
    { header: header('retention'), value: ({ activity }) => list(activity.retention.map((rule) => retentionText(translate, rule))) },
    { header: header('internal'), value: ({ activity }) => list(codes(translate, 'internalRecipient', activity.internalRecipients)) },
    { header: header('employer'), value: ({ activity }) => translate(`vigie.register.${activity.employerRecipient ? 'yes' : 'no'}`) },
    { header: header('processors'), value: ({ processors }) => list(processors.map((p) => p.name)) },
    { header: header('transfers'), value: ({ processors }) => list(transfersOf(processors).map((p) => transferText(translate, p))) },
    { header: header('security'), value: ({ activity }) => list(activity.securityMeasures) },
    { header: header('updatedAt'), value: ({ activity }) => formatDate(activity.updatedAt, locale) },
  ];
}

/** Each activity's processors, looked up in the register's own list. */
export function processorsOf(register: Register, activity: Activity): RegisterProcessor[] {
  return register.data.filter((processor) => activity.processorIds.includes(processor.id));
}

/**
 * One line per activity of the register, from its structured data; processors by name only (their
 * contact persons stay in the printed annex): no personal data in the file.
 */
export function registerCsv(register: Register, options: Options): string {
  const lines = register.activities.map((activity) => ({ activity, processors: processorsOf(register, activity) }));
  return buildCsv(columns(options), lines);
}
