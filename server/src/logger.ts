import pino from 'pino';

/**
 * Application log. Staff and learners are data subjects: log ids, procedure names, statuses and
 * timings, never emails, names, IP addresses, inputs or cookies.
 */
export const logger = pino({
  level: process.env.VIGIE_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
  redact: { paths: ['*.email', '*.password', '*.ip', '*.cookie', '*.input'], remove: true },
});
