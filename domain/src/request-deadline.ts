import { addDays, type IsoDate, nextWorkingDay, toDate, toIso } from './calendar.ts';

/** Art. 12(3) GDPR: one month to answer, extendable once by two further months. */
export const ANSWER_MONTHS = 1;
export const EXTENSION_MONTHS = 2;

/**
 * Regulation 1182/71 art. 3(2)(c): a period of months ends on the day of the last month with the same
 * date as the starting day, or on that month's last day when there is no such date (31 January + 1
 * month = 28 or 29 February).
 */
export function sameDateMonthsLater(iso: IsoDate, months: number): IsoDate {
  const start = toDate(iso);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay))));
}

/** Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends on the next working day. */
export const periodEnd = (iso: IsoDate, months: number) => nextWorkingDay(sameDateMonthsLater(iso, months));

/** The answer is due one month after receipt. */
export const dueDateOf = (receivedAt: IsoDate) => periodEnd(receivedAt, ANSWER_MONTHS);

/** The extended deadline: two further months counted from the original due date. */
export const extendedDueDateOf = (originalDueAt: IsoDate) => periodEnd(originalDueAt, EXTENSION_MONTHS);

export interface ExtensionRequest {
  /** The request as it stands. */
  receivedAt: IsoDate;
  dueAt: IsoDate;
  originalDueAt: IsoDate | null;
  /** The day the extension is decided (today). */
  today: IsoDate;
  /** The day the requester was told of it and why. */
  toldOn: IsoDate;
}

/** Why an extension is refused, or null when it is allowed (Art. 12(3)). */
export function extensionRefusal(e: ExtensionRequest): { field: string; message: string } | null {
  if (e.originalDueAt) return { field: 'id', message: 'Le délai a déjà été prolongé une fois.' };
  if (e.today > e.dueAt) {
    return { field: 'id', message: 'La prolongation doit être décidée avant la première échéance.' };
  }
  if (e.toldOn < e.receivedAt || e.toldOn > e.today) {
    return { field: 'toldOn', message: "La date d'information doit être comprise entre la réception et aujourd'hui." };
  }
  if (e.toldOn > e.dueAt) {
    return { field: 'toldOn', message: 'Le demandeur doit être informé dans le premier mois.' };
  }
  return null;
}

/** "Due soon" in lists and on the dashboard: within this many days. */
export const SOON_DAYS = 7;

/** Where a due date stands from `today`: late, due soon, or not yet pressing. */
export function urgencyOf(dueAt: IsoDate, today: IsoDate): 'late' | 'soon' | 'ok' {
  if (dueAt < today) return 'late';
  return dueAt <= addDays(today, SOON_DAYS) ? 'soon' : 'ok';
}
