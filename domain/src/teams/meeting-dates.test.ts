import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar';
import { isExperimentDue, seriesOverlap, weeklyDates } from './meeting-dates';

const d = parseLocalDate;

describe('a weekly series', () => {
  it('meets on its weekday from its first day to its last, within the range asked', () => {
    const tuesdays = { weekday: 2, startsOn: d('2026-01-01'), endsOn: d('2026-02-03') };
    expect(weeklyDates(tuesdays, d('2025-12-01'), d('2026-12-31'))).toEqual([
      '2026-01-06',
      '2026-01-13',
      '2026-01-20',
      '2026-01-27',
      '2026-02-03',
    ]);
    expect(weeklyDates({ ...tuesdays, endsOn: null }, d('2026-03-04'), d('2026-03-17'))).toEqual([
      '2026-03-10',
      '2026-03-17',
    ]);
    expect(weeklyDates(tuesdays, d('2026-01-07'), d('2026-01-12'))).toEqual([]);
  });

  it('overlaps another when they share a day, an open end running for ever', () => {
    const spring = { startsOn: d('2026-01-01'), endsOn: d('2026-05-31') };
    expect(seriesOverlap(spring, { startsOn: d('2026-06-01'), endsOn: null })).toBe(false);
    expect(seriesOverlap(spring, { startsOn: d('2026-05-31'), endsOn: null })).toBe(true);
    expect(
      seriesOverlap({ startsOn: d('2026-01-01'), endsOn: null }, { startsOn: d('2030-01-01'), endsOn: null }),
    ).toBe(true);
  });
});

describe('an experiment comes back', () => {
  const experiment = { status: 'open' as const, followUpOn: d('2026-04-01'), agreedOn: d('2026-03-10') };
  it('at every meeting on or after its follow-up date while it is open', () => {
    expect(isExperimentDue(experiment, d('2026-03-31'))).toBe(false);
    expect(isExperimentDue(experiment, d('2026-04-01'))).toBe(true);
    expect(isExperimentDue(experiment, d('2026-04-14'))).toBe(true);
    expect(isExperimentDue({ ...experiment, status: 'concluded' }, d('2026-04-14'))).toBe(false);
  });

  it('never to the meeting that agreed it', () => {
    expect(isExperimentDue({ ...experiment, followUpOn: d('2026-03-10') }, d('2026-03-10'))).toBe(false);
  });
});
