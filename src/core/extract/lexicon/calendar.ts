// The calendar's words as reports write them: months in full or short ("Feb.", "Sept"), and weekdays.

/** A month in full or short, as a pattern. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** The months in full, in order. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month in full only, as a pattern (a bare "Jan" may be a name). */
export const FULL_MONTH = `(?:${MONTHS.join('|')})`;

/** "2023-03-16" (or a timestamp on that day) as reports write a date: "16 March 2023"; other dates as given. */
export function inWords(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(date.trim());
  const month = iso ? MONTHS[Number(iso[2]) - 1] : undefined;
  return iso && month ? `${Number(iso[3])} ${month} ${iso[1]}` : date;
}
/** A weekday, as a pattern. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY}|${FULL_MONTH})$`);

/** A whole word that names a day or a month ("Thursday", "March"). */
export const isCalendarWord = (word: string): boolean => CALENDAR_WORD.test(word);
