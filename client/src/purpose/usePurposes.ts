import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import { trpc } from '../trpc.ts';

export type PurposeOption = { code: string; label: string };

/** The access purposes the server accepts, labelled in the current locale. */
export function usePurposes() {
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ['purposes.list'],
    queryFn: ({ signal }) => trpc.purposes.list.query(undefined, { signal }),
    // A fixed list: once per page load is enough.
    staleTime: Infinity,
  });
  const options: PurposeOption[] = (query.data ?? []).map((purpose) => ({
    code: purpose.code,
    label: locale === 'en' ? purpose.labelEn : purpose.labelFr,
  }));
  return { options, isError: query.isError, isPending: query.isPending };
}
