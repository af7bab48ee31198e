import { createHash } from 'node:crypto';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

// The seed writes its bulk statements as SQL text built from constants only (word lists, numbers, column
// names from the schema); nothing typed by a user ever reaches these helpers.

type Literal = string | number | null;

export function literal(value: Literal): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(literal).join(', ')}]::text[]`;
}

/** FNV-1a: turns a readable salt name into the number the SQL hash takes. */
function saltNumber(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** A number in [0, 1) that depends only on an integer key and a salt: the seed's only source of chance. */
export function chance(key: string, salt: string): string {
  return `((hashint8extended((${key})::bigint, ${saltNumber(salt)}) & 281474976710655)::float8 / 281474976710656)`;
}

/** An integer in [0, count) from a `chance` value. */
export function below(count: number | string, r: string): string {
  return `floor((${count}) * ${r})::int`;
}

/** One element of a list, uniformly. */
export function pick(values: readonly string[], r: string): string {
  return `(${textArray(values)})[1 + ${below(values.length, r)}]`;
}

/** One value by weight (weights are relative): a CASE over the cumulated shares. */
export function weighted(entries: readonly (readonly [Literal, number])[], r: string): string {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulated = 0;
  const branches = entries.slice(0, -1).map(([value, weight]) => {
    cumulated += weight;
    return `WHEN ${r} < ${cumulated / total} THEN ${literal(value)}`;
  });
  return `CASE ${branches.join(' ')} ELSE ${literal(entries.at(-1)?.[0] ?? null)} END`;
}

/** A version-4-shaped UUID from a text key (md5), so that ids are the same from one seed to the next. */
export function uuidOf(key: string): string {
  return `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** The same as `uuidOf`, computed in JavaScript for rows built here. */
export function uuidOfKey(key: string): string {
  const hex = createHash('md5').update(key).digest('hex');
  const shaped = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${shaped.slice(0, 8)}-${shaped.slice(8, 12)}-${shaped.slice(12, 16)}-${shaped.slice(16, 20)}-${shaped.slice(20)}`;
}

/** `"table" ("column", ...)` for an INSERT, with the columns named by their TypeScript keys. */
export function into<T extends PgTable>(table: T, keys: readonly Extract<keyof T['_']['columns'], string>[]): string {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const names = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`no column ${key} in ${getTableName(table)}`);
    return `"${column.name}"`;
  });
  return `"${getTableName(table)}" (${names.join(', ')})`;
}

/** A seeded pseudo-random generator (mulberry32) for the rows built in JavaScript. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ASCII, lower case, no spaces: the part of an e-mail address made from a name. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
