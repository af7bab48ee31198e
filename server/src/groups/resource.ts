import { schema } from '@vigie/db';
import { and, eq, exists, ilike, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { containing } from '../resources/search.ts';
import { type groupFilter, groupSort } from './schemas.ts';

const { trainingGroups: groups, groupMembers: members } = schema;
const qb = new QueryBuilder();

const memberCount = sql<number>`(select count(*)::int from ${members} where ${members.groupId} = ${groups.id})`;

const withMember = (learnerId: string) =>
  exists(
    qb
      .select({ one: sql`1` })
      .from(members)
      .where(and(eq(members.groupId, groups.id), eq(members.learnerId, learnerId))),
  );

const filter: FilterSql<z.infer<typeof groupFilter>> = {
  q: (q) => ilike(groups.name, containing(q)),
  employerId: equalTo(groups.employerId),
  language: equalTo(groups.language),
  learnerId: withMember,
};

const fields = {
  id: groups.id,
  name: groups.name,
  employerId: groups.employerId,
  language: groups.language,
  memberCount,
  createdAt: groups.createdAt,
};

export const groupReader = defineReader({
  table: groups,
  id: groups.id,
  fields,
  toRecord: (row) => ({ ...row, createdAt: instant(row.createdAt) }),
  sort: sortable(fields, groupSort.shape.field.options),
  filter,
  references: { employerId: groups.employerId, learnerId: withMember },
  notFound: 'Groupe introuvable.',
});
