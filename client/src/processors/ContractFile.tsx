import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { downloadBytes, toBase64 } from '../files/base64.ts';
import { formatDate, formatNumber } from '../format/frenchFormats.ts';
import { checkContract } from './contractFile.ts';
import type { Processor } from './Processor.ts';

/** The signed contract (DPA): its upload and download, for those who keep the register. */
export function ContractFile() {
  const record = useRecordContext<Processor>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const onError = (error: Error) => notify(error.message, { type: 'error', messageArgs: { _: error.message } });

  const upload = useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) =>
      dataProvider.callAction('processors', 'uploadContract', { id, base64: await toBase64(file) }),
    onSuccess: () => {
      notify('vigie.processors.contract_saved', { type: 'success' });
      refresh();
    },
    onError,
  });
  const download = useMutation({
    mutationFn: (id: string) => dataProvider.readAction('processors', 'getContract', { id }),
    onSuccess: ({ data }) => downloadBytes(`contrat-${record?.name ?? 'sous-traitant'}.pdf`, data.base64, 'application/pdf'),
    onError,
  });
  if (!record) return null;

  const pick = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    const problem = await checkContract(file);
    if (problem) return notify(`vigie.processors.contract_rejected_${problem}`, { type: 'warning' });
    upload.mutate({ id: record.id, file });
  };
  const file = record.contractFile;
  const size = file ? `${formatNumber(file.sizeBytes / 1024, locale, { maximumFractionDigits: 0 })} ko` : '';

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="body2">
        {file
          ? translate('vigie.processors.contract_on_file', { date: formatDate(file.uploadedAt, locale), size })
          : translate('vigie.processors.contract_none')}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" size="small" startIcon={<UploadFileIcon />} disabled={upload.isPending} onClick={() => input.current?.click()}>
          {translate('vigie.processors.contract_upload')}
        </Button>
        {file && (
          <Button size="small" startIcon={<DownloadIcon />} disabled={download.isPending} onClick={() => download.mutate(record.id)}>
            {translate('vigie.processors.contract_download')}
          </Button>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('vigie.processors.contract_help')}
      </Typography>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        data-testid="contract-file"
        onChange={(event) => void pick(event.target.files?.[0])}
      />
    </Stack>
  );
}
