import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isWorkingDay, toIso } from './calendar.ts';
import { dueDateOf, extendedDueDateOf, extensionRefusal, sameDateMonthsLater, urgencyOf } from './request-deadline.ts';

/** Any calendar day from 1990 to 2150. */
const anyDay = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2150, 11, 31) / 86_400_000 })
  .map((day) => toIso(new Date(day * 86_400_000)));

describe('the month of Regulation 1182/71', () => {
  it.each([
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2028-02-29', '2028-03-29'],
    ['2027-01-30', '2027-02-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-12-15', '2027-01-15'],
  ])('%s + 1 month = %s', (from, to) => expect(sameDateMonthsLater(from, 1)).toBe(to));

  it('adds two months across a year end', () => {
    expect(sameDateMonthsLater('2026-12-31', 2)).toBe('2027-02-28');
  });
});

describe('the due date: named cases', () => {
  it.each([
    // 28 February 2026 is a Saturday: Monday 2 March.
    ['31 January', '2026-01-31', '2026-03-02'],
    // 29 February 2028 is a Tuesday; 29 March 2028 a Wednesday.
    ['29 February of a leap year', '2028-02-29', '2028-03-29'],
    // 28 February 2027 is a Sunday: Monday 1 March.
    ['30 January of a common year', '2027-01-30', '2027-03-01'],
    // 3 April 2026 is Good Friday; 3 May 2026 a Sunday: Monday 4 May.
    ['the Friday before Easter Monday', '2026-04-03', '2026-05-04'],
    // A month after 6 March 2026 is Easter Monday 6 April: Tuesday 7 April.
    ['a month later on Easter Monday', '2026-03-06', '2026-04-07'],
    // 1 May 2026 is a Friday, a holiday: Monday 4 May.
    ['a month later on 1 May', '2026-04-01', '2026-05-04'],
    // 14 July 2026 is a Tuesday, a holiday: Wednesday 15 July.
    ['a month later on 14 July', '2026-06-14', '2026-07-15'],
    // 8 May 2026 is a Friday: Monday 11 May.
    ['a month later on 8 May', '2026-04-08', '2026-05-11'],
    // Ascension 2026 is Thursday 14 May: Friday 15 May.
    ['a month later on Ascension', '2026-04-14', '2026-05-15'],
    // 25 December 2026 is a Friday: Monday 28 December.
    ['Christmas', '2026-11-25', '2026-12-28'],
    // 1 January 2027 is a Friday, a holiday: Monday 4 January.
    ['year end', '2026-12-01', '2027-01-04'],
    ['a plain weekday', '2026-09-15', '2026-10-15'],
  ])('%s: received %s, due %s', (_name, received, due) => expect(dueDateOf(received)).toBe(due));

  it('extends by two months from the original due date', () => {
    // 2 March 2026 + 2 months = 2 May 2026, a Saturday: Monday 4 May.
    expect(extendedDueDateOf('2026-03-02')).toBe('2026-05-04');
    // 31 December 2026 + 2 months = 28 February 2027, a Sunday: 1 March.
    expect(extendedDueDateOf('2026-12-31')).toBe('2027-03-01');
  });
});

describe('the due date: properties', () => {
  const runs = { numRuns: 3000 };

  it('falls on a working day', () => {
    fc.assert(fc.property(anyDay, (received) => isWorkingDay(dueDateOf(received))), runs);
  });

  it('is never before the same date next month, and at most four days after it', () => {
    fc.assert(
      fc.property(anyDay, (received) => {
        const gap = daysBetween(sameDateMonthsLater(received, 1), dueDateOf(received));
        // A weekend next to a holiday (Sat, Sun, Mon 1 May...) adds up to three days, and Ascension can
        // fall on a Thursday right after a Sunday-Monday run: never more than four.
        return gap >= 0 && gap <= 4;
      }),
      runs,
    );
  });

  it('lies 28 to 35 days after receipt', () => {
    fc.assert(
      fc.property(anyDay, (received) => {
        const days = daysBetween(received, dueDateOf(received));
        return days >= 28 && days <= 35;
      }),
      runs,
    );
  });

  it('never moves back when the receipt moves forward', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (received, later) =>
        dueDateOf(received) <= dueDateOf(addDays(received, later)),
      ),
      runs,
    );
  });

  it('is the first working day on or after the same date next month', () => {
    fc.assert(
      fc.property(anyDay, (received) => {
        const plain = sameDateMonthsLater(received, 1);
        const due = dueDateOf(received);
        for (let day = plain; day < due; day = addDays(day, 1)) if (isWorkingDay(day)) return false;
        return true;
      }),
      runs,
    );
  });

  it('extended, falls on a working day 2 months (plus at most 4 days) after the original', () => {
    fc.assert(
      fc.property(anyDay, (received) => {
        const original = dueDateOf(received);
        const extended = extendedDueDateOf(original);
        const gap = daysBetween(sameDateMonthsLater(original, 2), extended);
        return isWorkingDay(extended) && gap >= 0 && gap <= 4;
      }),
      runs,
    );
  });
});

describe('the extension rule', () => {
  const request = { receivedAt: '2026-01-31', dueAt: '2026-03-02', originalDueAt: null, today: '2026-02-20', toldOn: '2026-02-19' };

  it('allows one extension decided before the first deadline, the requester told in the first month', () => {
    expect(extensionRefusal(request)).toBeNull();
    expect(extensionRefusal({ ...request, today: '2026-03-02', toldOn: '2026-03-02' })).toBeNull();
  });

  it.each([
    ['a second extension', { originalDueAt: '2026-03-02', dueAt: '2026-05-04' }, 'id'],
    ['after the first deadline', { today: '2026-03-03' }, 'id'],
    ['told before receipt', { toldOn: '2026-01-30' }, 'toldOn'],
    ['told in the future', { toldOn: '2026-02-21' }, 'toldOn'],
  ])('refuses %s', (_name, change, field) => {
    expect(extensionRefusal({ ...request, ...change })).toMatchObject({ field });
  });
});

describe('urgency', () => {
  it('says late, soon (within 7 days) or ok', () => {
    expect(urgencyOf('2026-03-01', '2026-03-02')).toBe('late');
    expect(urgencyOf('2026-03-02', '2026-03-02')).toBe('soon');
    expect(urgencyOf('2026-03-09', '2026-03-02')).toBe('soon');
    expect(urgencyOf('2026-03-10', '2026-03-02')).toBe('ok');
  });
});
