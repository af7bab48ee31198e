import { Typography } from '@mui/material';
import { notificationCountdown } from '@vigie/domain/breach-deadline';
import { useEffect, useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/frenchFormats.ts';

type BreachTimes = { id: string; detectedAt: string; cnilNotifiedAt: string | null };

/** `12 h 05`: hours and minutes, whatever the sign. */
function hoursText(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

/** The 72 hours to notify the CNIL (the server's rule), in red once late; ticks every minute. */
export function BreachCountdown() {
  const record = useRecordContext<BreachTimes>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!record) return null;
  const countdown = notificationCountdown(record, now);
  const late = countdown.state === 'late' || countdown.state === 'notified_late';
  const text =
    countdown.state === 'running'
      ? translate('vigie.breaches.remaining', { time: hoursText(countdown.remainingMs) })
      : countdown.state === 'late'
        ? translate('vigie.breaches.late', { time: hoursText(countdown.remainingMs) })
        : translate(`vigie.breaches.${countdown.state}`);
  return (
    <Typography component="span" variant="body2" color={late ? 'error' : undefined} sx={{ fontWeight: late ? 600 : undefined }}>
      {text}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate('vigie.breaches.deadline', { date: formatDateTime(countdown.deadline, locale, 'Europe/Paris') })}
      </Typography>
    </Typography>
  );
}
