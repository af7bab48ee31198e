import { schema } from '@vigie/db';
import { isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { notificationDeadline } from '@vigie/domain/breach-deadline';
import { defineReader, type FilterSql, sortable } from '../resources/reader.ts';
import { instant, instantOrNull } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type breachFilter, breachSort } from './schemas.ts';

const { breaches } = schema;

const filter: FilterSql<z.infer<typeof breachFilter>> = {
  q: (q) => anyColumnContains([breaches.description], q),
  notified: (notified) => (notified ? isNotNull(breaches.cnilNotifiedAt) : isNull(breaches.cnilNotifiedAt)),
};

const fields = {
  id: breaches.id,
  detectedAt: breaches.detectedAt,
  description: breaches.description,
  dataCategories: breaches.dataCategories,
  approximatePeople: breaches.approximatePeople,
  consequences: breaches.consequences,
  measures: breaches.measures,
  cnilNotifiedAt: breaches.cnilNotifiedAt,
  peopleInformedAt: breaches.peopleInformedAt,
  peopleNotInformedReason: breaches.peopleNotInformedReason,
  createdAt: breaches.createdAt,
  updatedAt: breaches.updatedAt,
};

export const breachReader = defineReader({
  table: breaches,
  id: breaches.id,
  fields,
  toRecord: (row) => ({
    ...row,
    detectedAt: instant(row.detectedAt),
    cnilNotifiedAt: instantOrNull(row.cnilNotifiedAt),
    notificationDeadline: instant(notificationDeadline(row.detectedAt)),
    peopleInformedAt: instantOrNull(row.peopleInformedAt),
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
  }),
  sort: sortable(fields, breachSort.shape.field.options),
  filter,
  references: {},
  notFound: 'Violation introuvable.',
});
