// The calendar's words as reports write them: months in full or short ("Feb.", "Sept"), and weekdays.

/** A month in full or short, as a pattern. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** A month in full only, as a pattern (a bare "Jan" may be a name). */
export const FULL_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A weekday, as a pattern. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY}|${FULL_MONTH})$`);

/** A whole word that names a day or a month ("Thursday", "March"). */
export const isCalendarWord = (word: string): boolean => CALENDAR_WORD.test(word);
