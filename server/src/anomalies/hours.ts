const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

type WallClock = { day: number; time: string };

// The scan reads events in time order, most of them in the minute of the one before: the minute's answer
// is kept (formatToParts was 40 % of the scan's time). Time zones move by whole minutes.
let lastMinute: { minute: number; timeZone: string; clock: WallClock } | undefined;

/** The ISO weekday (1 = Monday) and the `HH:MM` wall-clock time of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string): WallClock {
  const minute = Math.floor(at.getTime() / 60_000);
  if (lastMinute?.minute === minute && lastMinute.timeZone === timeZone) return lastMinute.clock;
  const clock = formatted(at, timeZone);
  lastMinute = { minute, timeZone, clock };
  return clock;
}

function formatted(at: Date, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return { day: weekdays.indexOf(parts.weekday ?? '') + 1, time: `${parts.hour}:${parts.minute}` };
}

/** Working hours are [start, end) on the given days: 08:00 is in, 19:00 is out. */
export function outsideHours(at: Date, hours: { start: string; end: string; days: number[]; timeZone: string }) {
  const { day, time } = wallClock(at, hours.timeZone);
  return !hours.days.includes(day) || time < hours.start || time >= hours.end;
}
