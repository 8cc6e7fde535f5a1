// The calendar's words as reports write them: months in full or short ("Feb.", "Sept"), and weekdays.

/** A month in full or short, as a pattern. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** The months in full, in order. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month in full only, as a pattern (a bare "Jan" may be a name). */
export const FULL_MONTH = `(?:${MONTHS.join('|')})`;

/** A page's machine timestamp as a reader writes the day ("2026-02-18T07:00:00Z" → "18 February 2026"); other dates as given. */
export function readableDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(date.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? `${Number(m[3])} ${month} ${m[1]}` : date;
}
/** A weekday, as a pattern. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY}|${FULL_MONTH})$`);

/** A whole word that names a day or a month ("Thursday", "March"). */
export const isCalendarWord = (word: string): boolean => CALENDAR_WORD.test(word);
