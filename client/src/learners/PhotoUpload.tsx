import { shown } from '../format/withheld.tsx';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { Avatar, Button, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import type { Learner } from './Learner.ts';
import { photoQueryKey } from './LearnerPhoto.tsx';
import { checkPhoto, photoAccept, toPhotoUpload } from './photoFile.ts';

/**
 * Replaces the learner's photo at once (its own audited write, apart from the form's Save). The
 * current photo is not fetched here: the form shows a local preview of the file just sent instead.
 */
export function PhotoUpload() {
  const record = useRecordContext<Learner>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const upload = useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) =>
      dataProvider.callAction('learners', 'uploadPhoto', { id, ...(await toPhotoUpload(file)) }),
    onSuccess: (_result, { id, file }) => {
      setPreview(URL.createObjectURL(file));
      notify('vigie.learners.photo_saved', { type: 'success' });
      // The record itself is not refetched (that would reset unsaved edits): the show page reloads it.
      void queryClient.invalidateQueries({ queryKey: photoQueryKey(id) });
    },
    onError: (error: Error) => notify(error.message, { type: 'error', messageArgs: { _: error.message } }),
  });
  if (!record) return null;

  const pick = (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    const problem = checkPhoto(file);
    if (problem) return notify(`vigie.learners.photo_rejected_${problem}`, { type: 'warning' });
    upload.mutate({ id: record.id, file });
  };

  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
      <Avatar src={preview ?? undefined} sx={{ width: 72, height: 72 }}>
        {shown(record.firstName)?.[0]}
      </Avatar>
      <Stack spacing={0.5}>
        <Typography variant="body2" color="text.secondary">
          {translate(preview || record.hasPhoto ? 'vigie.learners.photo_present' : 'vigie.learners.photo_absent')}
        </Typography>
        <Button
          variant="outlined"
          size="small"
          startIcon={<PhotoCameraIcon />}
          disabled={upload.isPending}
          onClick={() => input.current?.click()}
        >
          {translate(record.hasPhoto ? 'vigie.learners.photo_replace' : 'vigie.learners.photo_add')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate('vigie.learners.photo_help')}
        </Typography>
      </Stack>
      <input ref={input} type="file" accept={photoAccept} hidden onChange={(event) => pick(event.target.files?.[0])} />
    </Stack>
  );
}
