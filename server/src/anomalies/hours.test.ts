import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outsideHours, wallClock } from './hours.ts';

/** The wall clock as Intl tells it, for each instant afresh. */
function expected(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1, time: `${part('hour')}:${part('minute')}` };
}

// Around Paris's spring and autumn changes, where the minute's answer kept must not outlive its hour.
const SPRING = Date.UTC(2026, 2, 29, 1, 0);
const AUTUMN = Date.UTC(2026, 9, 25, 1, 0);
const instant = fc.oneof(
  fc.integer({ min: SPRING - 7_200_000, max: SPRING + 7_200_000 }),
  fc.integer({ min: AUTUMN - 7_200_000, max: AUTUMN + 7_200_000 }),
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
);
const zone = fc.constantFrom('Europe/Paris', 'UTC', 'America/St_Johns', 'Asia/Kolkata');

describe('wallClock', () => {
  it('answers each instant as Intl does, in whatever order and zones they come', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, zone), { minLength: 1, maxLength: 40 }), fc.boolean(), (reads, sorted) => {
        const order = sorted ? [...reads].sort((a, b) => a[0] - b[0]) : reads;
        for (const [t, timeZone] of order) expect(wallClock(new Date(t), timeZone)).toEqual(expected(new Date(t), timeZone));
      }),
    );
  });

  it('moves to summer time at the minute Paris does', () => {
    expect(wallClock(new Date(SPRING - 60_000), 'Europe/Paris')).toEqual({ day: 7, time: '01:59' });
    expect(wallClock(new Date(SPRING), 'Europe/Paris')).toEqual({ day: 7, time: '03:00' });
    expect(outsideHours(new Date(SPRING + 5 * 3_600_000), { start: '08:00', end: '19:00', days: [1, 2, 3, 4, 5], timeZone: 'Europe/Paris' })).toBe(true);
  });
});
