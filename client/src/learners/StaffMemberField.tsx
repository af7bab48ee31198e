import { Typography } from '@mui/material';
import { isWithheld, type Withheld } from '@vigie/domain/withheld';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { WithheldText } from '../format/withheld.tsx';

type Interaction = { staffId: string; staffName: string | Withheld };

/**
 * Who handled the contact. Staff accounts are admin-only (domain/src/access.ts), so no reference to
 * `staff` here: the server sends the colleague's display name with the interaction, and the
 * signed-in person reads "Vous" on their own entries.
 */
export function StaffMemberField(_props: { source?: string }) {
  const record = useRecordContext<Interaction>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  if (isWithheld(record.staffName)) return <WithheldText />;
  const own = identity?.id !== undefined && record.staffId === identity.id;
  return (
    <Typography component="span" variant="body2" sx={own ? { fontWeight: 500 } : undefined}>
      {own ? translate('vigie.interactions.you') : record.staffName || translate('vigie.interactions.colleague')}
    </Typography>
  );
}
