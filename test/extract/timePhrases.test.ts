import { describe, expect, it } from 'vitest';
import { sentenceTimes } from '../../server/src/core/extract/sentenceTimes';

/** The time phrases of a sentence as written, with their periods. */
const phrases = (sentence: string, date = '2025-11-05'): [string, string | null][] => sentenceTimes(sentence, date).phrases.map((p) => [p.ref.text, p.ref.iso]);

describe('time phrases that date no figure', () => {
  it('drops how far back a record reaches, not a change\'s start', () => {
    expect(phrases('Some 38,500 people were evacuated, the most since 2017.')).toEqual([]);
    expect(phrases('Costs rose 31%, the biggest annual increase since 2019.')).toEqual([]);
    expect(phrases('Its interest since 2019 has grown.')).toEqual([['since 2019', '2019']]);
    expect(phrases('Costs rose 31% since 2019.')).toEqual([['since 2019', '2019']]);
  });
  it('drops the day a period just named ended', () => {
    expect(phrases('It handled 13,400 transits in fiscal 2025, which ended on 30 September, up 35%.').map(([t]) => t)).toEqual(['in fiscal 2025']);
    expect(phrases('Revenue in fiscal 2025 (ended June 30) was $4 billion.').map(([t]) => t)).toEqual(['in fiscal 2025']);
    expect(phrases('Revenue was $4 billion in the quarter that ended on June 30.').map(([t]) => t)).toContain('on June 30');
  });
  it('counts "four years earlier" back from the period stated, not from a compared level\'s', () => {
    const times = phrases('The party won 142 seats in 2025, up from 118 in 2021, with 41.3% of the vote, 3.1 points more than four years earlier.');
    expect(times).toEqual([['in 2025', '2025'], ['in 2021', '2021'], ['four years earlier', '2021']]);
  });
});

describe('the year to date', () => {
  it('reads "so far this year" as January 1 to the note date, as "year to date" is', () => {
    expect(phrases('So far this year, sales are up 9.7% at €12.4 billion.', '2025-10-20')).toEqual([['So far this year', '2025-01-01/2025-10-20']]);
    expect(phrases('Year-to-date sales were €12.4 billion.', '2025-10-20').map(([, iso]) => iso)).toEqual(['2025-01-01/2025-10-20']);
  });
});

describe('a month named as next or last', () => {
  it('reads "next April" as the first April after the note date, and "last October" as the latest before it', () => {
    expect(phrases('The lake should be 66% full by next April.', '2025-10-08')).toEqual([['by next April', '2026-04']]);
    expect(phrases('It will be 66% full next October.', '2025-10-08')).toEqual([['next October', '2026-10']]);
    expect(phrases('It was 54% full last October.', '2025-10-08')).toEqual([['last October', '2024-10']]);
    expect(phrases('It was 54% full last April.', '2025-10-08')).toEqual([['last April', '2025-04']]);
    // A lower-case "next" before a month's word that is no month stays what it was.
    expect(phrases('It will be 66% full next may be.', '2025-10-08').map(([t]) => t)).not.toContain('next may');
  });
});

describe('a water year', () => {
  it('reads "the 2025 water year" and "water year 2025" as a fiscal year, as "the 2025 financial year" is', () => {
    expect(sentenceTimes('It delivered 1.62 million acre-feet in the 2025 water year.', '2025-10-08').phrases.map((p) => [p.ref.text, p.ref.fiscal])).toEqual([['in the 2025 water year', true]]);
    expect(sentenceTimes('It delivered 1.62 million acre-feet in water year 2025.', '2025-10-08').phrases.map((p) => [p.ref.text, p.ref.fiscal])).toEqual([['in water year 2025', true]]);
    expect(phrases('It delivered 1.62 million acre-feet of water in 2025.', '2025-10-08')).toEqual([['in 2025', '2025']]);
  });
});

describe('a week said by its last day', () => {
  it('reads "the week to November 1" and "the week ended October 4" as the seven days to that day', () => {
    expect(phrases('In the week to November 1, it moved 112,400 carloads.', '2025-11-07')).toEqual([['In the week to November 1', '2025-10-26/2025-11-01']]);
    expect(phrases('It moved 112,400 carloads in the week ended October 4.', '2025-11-07')).toEqual([['in the week ended October 4', '2025-09-28/2025-10-04']]);
    // A month is no day a week ends on: no seven days are read.
    expect(phrases('It moved 112,400 carloads in the week to October.', '2025-11-07').filter(([, iso]) => iso?.includes('/'))).toEqual([]);
  });
});

describe('the end of a longer period', () => {
  it('marks "the end of the third quarter" and "the end of 2025" as a level a period closed at, not "the end of September"', () => {
    const endOf = (s: string) => sentenceTimes(s, '2025-11-10').phrases.map((p) => [p.ref.iso, !!p.ref.endOf]);
    expect(endOf('ARR was $1.94 billion at the end of the third quarter.')).toEqual([['2025-09', true]]);
    expect(endOf('ARR was $1.94 billion at the end of 2025.')).toEqual([['2025-12', true]]);
    expect(endOf('ARR was $1.94 billion at the end of September.')).toEqual([['2025-09', false]]);
    expect(endOf('ARR was $1.94 billion at the start of the third quarter.')).toEqual([['2025-07', false]]);
    // "ended 2024 with", "closed the quarter with": the level the period closed at; a time counted back from it too.
    expect(endOf('Aurora Rewards ended 2024 with 31.5 million members.')).toEqual([['2024-12', true]]);
    expect(endOf('The chain closed the third quarter with 9,412 stores.')).toEqual([['2025-09', true]]);
    expect(endOf('It had 31.4 million subscribers at the end of 2024, up 5% from 29.8 million a year earlier.')).toEqual([['2024-12', true], ['2023-12', true]]);
    expect(endOf('Revenue ended 2024 higher, at $5 billion.')).toEqual([['2024', false]]);
  });
});

describe('a change\'s step said with "on the"', () => {
  it('reads "on the year", "on the quarter" and "on the half" as no period', () => {
    expect(phrases('Passengers rose 5% on the year in 2024.', '2025-03-01')).toEqual([['in 2024', '2024']]);
    expect(phrases('ARR rose 7.6% on the quarter.', '2025-11-10')).toEqual([]);
    expect(phrases('Profit rose 3% on the half.', '2025-11-10')).toEqual([]);
  });
});
