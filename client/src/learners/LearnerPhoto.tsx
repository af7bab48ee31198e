import { shown } from '../format/withheld.tsx';
import { Avatar, Skeleton } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import type { Learner } from './Learner.ts';
import { photoDataUrl } from './photoFile.ts';

/** The query key of a learner's photo, shared with the upload so a new photo replaces the cached one. */
export const photoQueryKey = (learnerId: string) => ['learners', 'getPhoto', learnerId];

/**
 * Serving a photo is an audited read: it is fetched only where this component is rendered (the
 * Profil tab, a group page), never with the learner's record, and only when there is one.
 */
export function LearnerPhoto({ size = 160, learner }: { size?: number; learner?: Pick<Learner, 'id' | 'hasPhoto' | 'firstName'> }) {
  const record = useRecordContext<Learner>();
  const subject = learner ?? record;
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const photo = useQuery({
    queryKey: photoQueryKey(String(subject?.id)),
    queryFn: subject?.hasPhoto ? ({ signal }) => dataProvider.readAction('learners', 'getPhoto', { id: subject.id }, signal) : skipToken,
    // The bytes do not change under us; an upload invalidates this key.
    staleTime: 5 * 60_000,
  });
  if (!subject) return null;
  if (subject.hasPhoto && photo.isPending) return <Skeleton variant="circular" width={size} height={size} />;
  const alt = translate('vigie.learners.photo_of', { name: subject.firstName });
  return (
    <Avatar
      src={photo.data ? photoDataUrl(photo.data.data) : undefined}
      alt={alt}
      sx={{ width: size, height: size, fontSize: size / 3 }}
      title={photo.isError ? translate('vigie.learners.photo_unavailable') : alt}
    >
      {shown(subject.firstName)?.[0] ?? '?'}
    </Avatar>
  );
}
