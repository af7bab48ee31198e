/**
 * The CNIL must be notified within 72 hours of detecting a breach (GDPR Art. 33(1)): 72 elapsed hours,
 * whatever the clocks do in between (a daylight-saving change makes it 71 or 73 hours of wall time).
 * Dependency-free, so that the client's countdown is this very rule.
 */
export const NOTIFICATION_HOURS = 72;
const HOUR_MS = 3_600_000;

export function notificationDeadline(detectedAt: string | Date): Date {
  return new Date(new Date(detectedAt).getTime() + NOTIFICATION_HOURS * HOUR_MS);
}

export type CountdownState = 'running' | 'late' | 'notified' | 'notified_late';

export interface Countdown {
  deadline: Date;
  state: CountdownState;
  /** Until the deadline while running; past it (negative) when late; zero once notified. */
  remainingMs: number;
}

export function notificationCountdown(
  breach: { detectedAt: string | Date; cnilNotifiedAt: string | Date | null },
  now: Date,
): Countdown {
  const deadline = notificationDeadline(breach.detectedAt);
  if (breach.cnilNotifiedAt) {
    const late = new Date(breach.cnilNotifiedAt).getTime() > deadline.getTime();
    return { deadline, state: late ? 'notified_late' : 'notified', remainingMs: 0 };
  }
  const remainingMs = deadline.getTime() - now.getTime();
  return { deadline, state: remainingMs < 0 ? 'late' : 'running', remainingMs };
}
