import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import PreviewIcon from '@mui/icons-material/Preview';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Loading,
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDate } from '../format/frenchFormats.ts';
import { ErasureTable } from './ErasureTable.tsx';
import type { SubjectRequest } from './Request.ts';

/**
 * "Prévisualiser l'effacement": what an erasure would erase and keep, read afresh from the server; the
 * DPO approves from there, after a confirmation, then lands on the written answer.
 */
export function ErasureButton() {
  const record = useRecordContext<SubjectRequest>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const { canAccess: canApprove } = useCanAccess({ resource: 'requests', action: 'approve' });
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const id = record?.id;
  const preview = useQuery({
    queryKey: ['requests', 'previewErasure', id],
    queryFn: open && id ? ({ signal }) => dataProvider.readAction('requests', 'previewErasure', { id }, signal) : skipToken,
    gcTime: 0,
  });
  const execute = useMutation({
    mutationFn: (requestId: string) => dataProvider.callAction('requests', 'executeErasure', { id: requestId }),
  });
  if (!record) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`vigie.requests.erasure.${key}`, args);

  const approve = async () => {
    try {
      await execute.mutateAsync(record.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error', messageArgs: { _: (error as Error).message } });
      setConfirming(false);
      return;
    }
    notify(t('done'), { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: ['requests'] });
    redirect(`/requests/${record.id}/effacement`);
  };

  const hold = preview.data?.data.hold;
  return (
    <>
      <Button label={t('preview')} onClick={() => setOpen(true)}>
        <PreviewIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="lg">
        <DialogTitle>{t('preview_title')}</DialogTitle>
        <DialogContent>
          {preview.isError ? (
            <Alert severity="error">{preview.error.message}</Alert>
          ) : !preview.data ? (
            <Loading />
          ) : (
            <>
              {hold ? (
                <Alert severity="warning" sx={{ mb: 2 }}>
                  {t('hold', { until: formatDate(hold.until, locale), reason: hold.reason })}
                </Alert>
              ) : null}
              <ErasureTable preview={preview.data.data} />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
          {canApprove && preview.data ? (
            <MuiButton color="error" variant="contained" startIcon={<DeleteForeverIcon />} onClick={() => setConfirming(true)}>
              {t('approve')}
            </MuiButton>
          ) : null}
        </DialogActions>
      </Dialog>
      <Confirm
        isOpen={confirming}
        loading={execute.isPending}
        title={t('confirm_title')}
        content={t('confirm_content')}
        confirm={t('approve')}
        confirmColor="warning"
        onConfirm={approve}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
