import { describe, expect, it } from 'vitest';
import { notificationCountdown, notificationDeadline } from './breach-deadline.ts';

const paris = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(date);
const hours = (ms: number) => ms / 3_600_000;

describe('the 72-hour countdown to the CNIL', () => {
  // Clocks go forward in Paris at 02:00 on Sunday 30 March 2025: that day has 23 hours.
  const spring = { detectedAt: '2025-03-29T09:00:00.000Z', cnilNotifiedAt: null };

  it('runs 72 elapsed hours across the spring change: due at 11:00, not 10:00, Paris time', () => {
    expect(paris(new Date(spring.detectedAt))).toBe('29/03/2025 10:00');
    const deadline = notificationDeadline(spring.detectedAt);
    expect(deadline.toISOString()).toBe('2025-04-01T09:00:00.000Z');
    expect(paris(deadline)).toBe('01/04/2025 11:00');
  });

  it('is not late at 10:30 Paris time three days on, where "same time, three days later" would say it is', () => {
    const countdown = notificationCountdown(spring, new Date('2025-04-01T08:30:00.000Z'));
    expect(countdown).toMatchObject({ state: 'running' });
    expect(hours(countdown.remainingMs)).toBe(0.5);
    const late = notificationCountdown(spring, new Date('2025-04-01T09:00:01.000Z'));
    expect(late.state).toBe('late');
    expect(late.remainingMs).toBe(-1000);
  });

  it('runs 72 elapsed hours across the autumn change: due at 09:00 Paris time', () => {
    // Clocks go back at 03:00 on Sunday 26 October 2025: that day has 25 hours.
    const autumn = { detectedAt: '2025-10-24T08:00:00.000Z', cnilNotifiedAt: null };
    expect(paris(new Date(autumn.detectedAt))).toBe('24/10/2025 10:00');
    expect(paris(notificationDeadline(autumn.detectedAt))).toBe('27/10/2025 09:00');
    expect(notificationCountdown(autumn, new Date('2025-10-27T08:30:00.000Z')).state).toBe('late');
  });

  it('stops once the CNIL is notified, and remembers whether it was in time', () => {
    const inTime = notificationCountdown({ ...spring, cnilNotifiedAt: '2025-04-01T08:59:00.000Z' }, new Date('2025-05-01'));
    expect(inTime).toMatchObject({ state: 'notified', remainingMs: 0 });
    const late = notificationCountdown({ ...spring, cnilNotifiedAt: '2025-04-01T09:01:00.000Z' }, new Date('2025-05-01'));
    expect(late.state).toBe('notified_late');
  });
});
