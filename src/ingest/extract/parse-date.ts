/** Calendar checks for the dates the patterns find. */

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

/** `YYYY-MM-DD` when the parts name a real calendar day, otherwise null. */
export function toIsoDate(parts: DateParts): string | null {
  const { day, month, year } = parts;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parts from a match of the patterns in `patterns/dates.ts` (named groups day, month, year). */
export function datePartsFrom(groups: Record<string, string | undefined> | undefined): DateParts | null {
  if (!groups?.['day'] || !groups['month'] || !groups['year']) return null;
  return { day: Number(groups['day']), month: Number(groups['month']), year: Number(groups['year']) };
}

/**
 * `HH:MM` from the `hour` and `minute` groups, or null when absent or impossible.
 * A 12-hour clock's `meridiem` (`9:05 PM`) is turned to 24 hours; `18:15 PM` stays as written.
 */
export function clockFrom(groups: Record<string, string | undefined> | undefined): string | null {
  if (!groups?.['hour'] || !groups['minute']) return null;
  const written = Number(groups['hour']);
  const meridiem = groups['meridiem']?.[0]?.toUpperCase();
  const hour = meridiem === 'P' && written < 12 ? written + 12 : meridiem === 'A' && written === 12 ? 0 : written;
  const minute = Number(groups['minute']);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
