// The words that say what a change is compared with: the extractor reads "on the year" as such a
// step rather than a period (time.ts), and the judge derives the change over it (deriveReading.ts).

/** The step a comparison word implies: "year over year" compares with a year earlier. */
export type Step = 'years' | 'halves' | 'quarters' | 'months' | 'periods';

// The one table of comparison words (folded: hyphens and slashes read as spaces).
export const STEP_CUES: Readonly<Record<Step, readonly string[]>> = {
  years: ['year over year', 'year on year', 'yoy', 'y/y', 'from a year earlier', 'from a year ago', 'from a year before', 'on the year', 'versus a year earlier', 'compared with a year earlier'],
  // "half on half" (HoH): a bank's halves, as Australian banks report them.
  halves: ['half on half', 'half over half', 'hoh', 'h/h', 'from the previous half', 'from the prior half', 'on the half'],
  quarters: ['quarter over quarter', 'quarter on quarter', 'qoq', 'q/q', 'from the previous quarter', 'from the prior quarter', 'on the quarter'],
  // Monthly sales releases (Taiwan's makers, carmakers' dispatches): "fell 4.3% month on month".
  months: ['month over month', 'month on month', 'mom', 'm/m', 'from the previous month', 'from the prior month', 'on the month'],
  // The period before, as long as the figure's own: a quarter's quarter, a month's month.
  periods: ['sequentially', 'sequential'],
};

/**
 * Every cue as one regex alternation, as notes write them: a space is any run of spaces, hyphens or
 * slashes, a slash a slash or a hyphen ("y/y", "y-y", "year-on-year").
 */
export const STEP_CUE_PATTERN: string = Object.values(STEP_CUES)
  .flat()
  .map((c) => c.replace(/\//g, '[/-]').replace(/ /g, '[\\s/-]+'))
  .join('|');
