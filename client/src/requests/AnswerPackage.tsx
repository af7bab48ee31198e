import ArchiveIcon from '@mui/icons-material/Archive';
import DownloadIcon from '@mui/icons-material/Download';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, HttpError, useDataProvider, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { downloadBytes } from '../files/base64.ts';
import { formatDateTime } from '../format/frenchFormats.ts';
import type { SubjectRequest } from './Request.ts';

/** Fetches a package of the request (an audited export each time) and hands it to the browser. */
function useDownload() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  return async (requestId: string, packageId: string) => {
    const { data } = await dataProvider.readAction('requests', 'downloadPackage', { id: requestId, packageId });
    downloadBytes(data.fileName, data.base64, 'application/zip');
  };
}

/**
 * Access or portability: one click produces the answer (zip, letter, accesses) and downloads it. A
 * second click while a package is live gets the server's refusal, and building another one is a
 * deliberate choice in a confirmation, not an accident.
 */
export function AnswerPackageButton() {
  const record = useRecordContext<SubjectRequest>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const download = useDownload();
  const [existing, setExisting] = useState<string | null>(null);
  const produce = useMutation({
    mutationFn: async ({ requestId, again }: { requestId: string; again: boolean }) => {
      const { data } = await dataProvider.callAction('requests', 'exportPackage', { id: requestId, again });
      await download(requestId, data.id);
      return data;
    },
    onSuccess: async (_data, { requestId }) => {
      notify('vigie.requests.actions.package_ready', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['requests', 'timeline', requestId] });
    },
    onError: (error: Error) =>
      error instanceof HttpError && (error.body as { reason?: string } | undefined)?.reason === 'live_package'
        ? setExisting(error.message)
        : notify(error.message, { type: 'error' }),
  });
  if (!record) return null;
  return (
    <>
      <Button
        label="vigie.requests.actions.package"
        onClick={() => produce.mutate({ requestId: record.id, again: false })}
        disabled={produce.isPending}
      >
        <ArchiveIcon />
      </Button>
      <Confirm
        isOpen={existing !== null}
        title="vigie.requests.actions.package_again"
        content={existing ?? ''}
        confirm="vigie.requests.actions.package_again_confirm"
        onConfirm={() => {
          setExisting(null);
          produce.mutate({ requestId: record.id, again: true });
        }}
        onClose={() => setExisting(null)}
      />
    </>
  );
}

/** On the timeline: the package produced at that step, downloadable until its link expires. */
export function PackageDownloadLink({ packageId, expiresAt }: { packageId: string; expiresAt: string }) {
  const record = useRecordContext<SubjectRequest>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const download = useDownload();
  if (!record) return null;
  if (new Date(expiresAt) <= new Date()) {
    return <>{translate('vigie.requests.actions.package_expired', { date: formatDateTime(expiresAt, locale) })}</>;
  }
  return (
    <Button
      label={translate('vigie.requests.actions.package_download', { date: formatDateTime(expiresAt, locale) })}
      onClick={() => download(record.id, packageId).catch((error: Error) => notify(error.message, { type: 'error' }))}
    >
      <DownloadIcon />
    </Button>
  );
}
