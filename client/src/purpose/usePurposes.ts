import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import { trpc } from '../trpc.ts';

export type PurposeOption = { code: string; label: string };

/**
 * The access purposes the register offers the signed-in role, labelled in the current locale; with
 * `all`, every purpose (to name those of the journal's rows).
 */
export function usePurposes(scope: 'offered' | 'all' = 'offered') {
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ['purposes.list', scope],
    queryFn: ({ signal }) => trpc.purposes.list.query(scope === 'all' ? { all: true } : undefined, { signal }),
    // A fixed list: once per page load is enough.
    staleTime: Infinity,
  });
  const options: PurposeOption[] = (query.data ?? []).map((purpose) => ({
    code: purpose.code,
    label: locale === 'en' ? purpose.labelEn : purpose.labelFr,
  }));
  return { options, isError: query.isError, isPending: query.isPending };
}
