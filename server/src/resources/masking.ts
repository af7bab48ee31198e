import { type MaskedField, maskers } from '@vigie/domain/masking';
import type { Disclosed } from '../audit/revealed.ts';
import type { ListPage, Reader } from './reader.ts';

/**
 * A reader whose answers show contact fields masked (`c•••@•••.fr`): lists and files are for finding
 * and recognising someone; the full value is one audited "Afficher" away (`revealProcedure`). The
 * search still runs on the stored values; only what leaves is masked. `record` stays whole: it feeds
 * the rules that check a record before acting, never an answer.
 */
export function maskedReader<R, F, S extends string, T extends string>(
  reader: Reader<R, F, S, T>,
  fields: readonly MaskedField[],
): Reader<R, F, S, T> {
  const { maskRecord, noted } = masking<R>(fields);
  const page = (answer: Disclosed<ListPage<R>>) => noted(answer, { ...answer.data, data: answer.data.data.map(maskRecord) });
  return {
    ...reader,
    list: async (db, params, extra) => page(await reader.list(db, params, extra)),
    listByReference: async (db, params) => page(await reader.listByReference(db, params)),
    one: async (db, id) => maskedOne(fields, await reader.one(db, id)),
    many: async (db, ids) => {
      const answer = await reader.many(db, ids);
      return noted(answer, { data: answer.data.data.map(maskRecord) });
    },
  };
}

/** One record's answer (a file, a write's answer) with its contact fields masked. */
export function maskedOne<R>(fields: readonly MaskedField[], answer: Disclosed<{ data: R }>): Disclosed<{ data: R }> {
  const { maskRecord, noted } = masking<R>(fields);
  return noted(answer, { data: maskRecord(answer.data.data) });
}

function masking<R>(fields: readonly MaskedField[]) {
  const maskRecord = (record: R): R => {
    const copy = { ...record } as Record<string, unknown>;
    for (const field of fields) {
      const value = copy[field];
      if (typeof value === 'string' && value !== '') copy[field] = maskers[field](value);
    }
    return copy as R;
  };
  const noted = <A>(answer: Disclosed<A>, data: A): Disclosed<A> => ({
    data,
    audit: { ...answer.audit, details: { ...answer.audit.details, masked: [...fields] } },
  });
  return { maskRecord, noted };
}
