import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  parseLocalDate as d,
  daysBetween,
  isWorkingDay,
  workingDaysBetween,
} from '../calendar/index';
import {
  assessmentCompleteDue,
  assessmentStartDue,
  CASELOAD_LIMIT,
  clientPlanReviewDue,
  deadlineStatus,
  emergencyPlacementEnds,
  emergencyPlacementExtendedEnds,
  familyInformedDue,
} from './clock';

const FIRST = d('2000-01-01');
const anyPending = fc
  .integer({ min: 0, max: daysBetween(FIRST, d('2099-12-31')) })
  .map((n) => addDays(FIRST, n));

// Every expected date below was worked out by hand from a printed calendar; the comment lists the working
// days counted (1–7) or the step taken, and the non-working days skipped in brackets.
describe('assessment start and family-informed deadline: 7th working day after pending (LSL §26(3))', () => {
  it.each([
    // Wed 25 (1), Thu 26 (2), Fri 27 (3), [Sat, Sun], Mon 30 (4), Tue 1.12 (5), Wed 2 (6), Thu 3 (7).
    // Independence Day 6.12.2026 is a Sunday, so it changes nothing.
    ['2026-11-24', '2026-12-03', 'a Tuesday: Thursday of the following week'],
    // Tue 30.11 (1), Wed 1 (2), Thu 2 (3), Fri 3 (4), [Sat 4, Sun 5, Mon 6 Independence Day], Tue 7 (5),
    // Wed 8 (6), Thu 9 (7).
    ['2027-11-29', '2027-12-09', 'Independence Day on a Monday adds a day'],
    // Fri 27.11 is not counted; Mon 30 (1), Tue 1 (2), Wed 2 (3), Thu 3 (4), Fri 4 (5), Mon 7 (6), Tue 8 (7).
    ['2026-11-27', '2026-12-08', 'a Friday'],
    // Same count as the Friday: the weekend before the first working day adds nothing.
    ['2026-11-28', '2026-12-08', 'a Saturday'],
    ['2026-11-29', '2026-12-08', 'a Sunday'],
    // Wed 23 (1), [Thu 24, Fri 25, Sat 26, Sun 27], Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 31 (5; New
    // Year's Eve is a working day), [Fri 1.1, Sat, Sun], Mon 4 (6), Tue 5 (7).
    ['2026-12-22', '2027-01-05', 'before Christmas 2026, across New Year'],
    // [Thu 24, Fri 25, Sat 26, Sun 27], Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), [Fri 1.1, Sat,
    // Sun], Mon 4 (5), Tue 5 (6), [Wed 6 Epiphany], Thu 7 (7).
    ['2026-12-23', '2027-01-07', 'before Christmas 2026, across New Year and Epiphany'],
    // Tue 29 (1), Wed 30 (2), Thu 31 (3), [Fri 1.1, Sat, Sun], Mon 4 (4), Tue 5 (5), [Wed 6], Thu 7 (6),
    // Fri 8 (7).
    ['2026-12-28', '2027-01-08', 'between Christmas and New Year'],
    // [Wed 24, Thu 25, Fri 26, Sat, Sun], Mon 29 (1), Tue 30 (2), Wed 31 (3), [Thu 1.1.2026], Fri 2 (4),
    // [Sat, Sun], Mon 5 (5), [Tue 6 Epiphany], Wed 7 (6), Thu 8 (7).
    ['2025-12-23', '2026-01-08', 'Christmas Eve to Boxing Day all on weekdays, then New Year and Epiphany'],
    // Easter 2027 is 28.3. Wed 24 (1), Thu 25 (2), [Fri 26 Good Friday, Sat, Sun, Mon 29 Easter Monday],
    // Tue 30 (3), Wed 31 (4), Thu 1.4 (5), Fri 2 (6), [Sat, Sun], Mon 5 (7).
    ['2027-03-23', '2027-04-05', 'the Tuesday before Easter'],
    // [Fri 26 – Mon 29], Tue 30 (1), Wed 31 (2), Thu 1.4 (3), Fri 2 (4), [Sat, Sun], Mon 5 (5), Tue 6 (6),
    // Wed 7 (7).
    ['2027-03-25', '2027-04-07', 'Maundy Thursday'],
    // A case can become pending on a holiday; the count is the same as from Maundy Thursday.
    ['2027-03-26', '2027-04-07', 'Good Friday itself'],
    // Fri 30.4 (1), [Sat 1.5 May Day, Sun], Mon 3 (2), Tue 4 (3), Wed 5 (4), [Thu 6 Ascension Day],
    // Fri 7 (5), [Sat, Sun], Mon 10 (6), Tue 11 (7).
    ['2027-04-29', '2027-05-11', 'before May Day on a Saturday and Ascension Day'],
    // Thu 30.4 (1), [Fri 1.5 May Day, Sat, Sun], Mon 4 (2), Tue 5 (3), Wed 6 (4), Thu 7 (5), Fri 8 (6),
    // [Sat, Sun], Mon 11 (7).
    ['2026-04-29', '2026-05-11', 'before May Day on a Friday'],
    // Tue 12 (1), Wed 13 (2), [Thu 14 Ascension Day], Fri 15 (3), [Sat, Sun], Mon 18 (4), Tue 19 (5),
    // Wed 20 (6), Thu 21 (7).
    ['2026-05-11', '2026-05-21', 'the Monday before Ascension Day'],
    // Wed 17 (1), Thu 18 (2), [Fri 19 Midsummer Eve, Sat 20 Midsummer Day, Sun], Mon 22 (3), Tue 23 (4),
    // Wed 24 (5), Thu 25 (6), Fri 26 (7).
    ['2026-06-16', '2026-06-26', 'the Tuesday before Midsummer 2026 (Eve on 19.6)'],
    // Thu 24 (1), [Fri 25 Midsummer Eve, Sat, Sun], Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 1.7 (5),
    // Fri 2 (6), [Sat, Sun], Mon 5 (7).
    ['2027-06-23', '2027-07-05', 'the Wednesday before Midsummer 2027 (Eve on 25.6)'],
  ])('pending %s → due %s (%s)', (pending, due) => {
    expect(assessmentStartDue(d(pending))).toBe(due);
    expect(familyInformedDue(d(pending))).toBe(due);
  });

  it('always falls on a working day with exactly 7 working days after the pending day', () => {
    fc.assert(
      fc.property(anyPending, (pending) => {
        const due = assessmentStartDue(pending);
        expect(isWorkingDay(due)).toBe(true);
        expect(workingDaysBetween(pending, due)).toBe(7);
      }),
    );
  });
});

describe('assessment completion: 3 months from pending (SHL §36, LSL §26(3), Act 150/1930 §3 and §5)', () => {
  it.each([
    // 10.6.2026 is a Wednesday.
    ['2026-03-10', '2026-06-10', 'the same-numbered day when that is a working day'],
    // No 30.2.2027, so Sun 28.2; moved to Mon 1.3.
    ['2026-11-30', '2027-03-01', 'month end landing on a Sunday'],
    // No 31.4, so Fri 30.4.2027, a working day.
    ['2027-01-31', '2027-04-30', 'month end on a working day'],
    // No 30.2.2028, so Tue 29.2.2028 (leap year).
    ['2027-11-30', '2028-02-29', 'month end in a leap year'],
    // 31.3.2027 is a Wednesday.
    ['2026-12-31', '2027-03-31', 'from New Year’s Eve'],
    // 29.3.2027 is Easter Monday; moved to Tue 30.3.
    ['2026-12-29', '2027-03-30', 'landing on Easter Monday'],
    // 26.3.2027 is Good Friday; Sat, Easter Sunday and Easter Monday follow, so Tue 30.3.
    ['2026-12-26', '2027-03-30', 'landing on Good Friday'],
    // Thu 24.12.2026, then Christmas Day, Boxing Day (Sat) and Sunday; Mon 28.12.
    ['2026-09-24', '2026-12-28', 'landing on Christmas Eve'],
    // Fri 1.1.2027, then the weekend; Mon 4.1.
    ['2026-10-01', '2027-01-04', "landing on New Year's Day"],
    // Wed 6.1.2027 Epiphany; Thu 7.1.
    ['2026-10-06', '2027-01-07', 'landing on Epiphany'],
    // Fri 1.5.2026 May Day, then the weekend; Mon 4.5.
    ['2026-02-01', '2026-05-04', 'landing on May Day'],
    // Thu 14.5.2026 Ascension Day; Fri 15.5.
    ['2026-02-14', '2026-05-15', 'landing on Ascension Day'],
    // Fri 19.6.2026 Midsummer Eve, then Midsummer Day and Sunday; Mon 22.6.
    ['2026-03-19', '2026-06-22', 'landing on Midsummer Eve'],
    // Mon 6.12.2027 Independence Day; Tue 7.12.
    ['2027-09-06', '2027-12-07', 'landing on Independence Day'],
    // Sat 28.11.2026; Mon 30.11.
    ['2026-08-28', '2026-11-30', 'landing on a Saturday'],
  ])('pending %s → complete by %s (%s)', (pending, due) => {
    expect(assessmentCompleteDue(d(pending))).toBe(due);
  });

  it('moves only past non-working days: every day from the 3-month date up to the due date is one', () => {
    fc.assert(
      fc.property(anyPending, (pending) => {
        const due = assessmentCompleteDue(pending);
        const threeMonths = addMonths(pending, 3);
        expect(isWorkingDay(due)).toBe(true);
        expect(daysBetween(threeMonths, due)).toBeGreaterThanOrEqual(0);
        for (let day = threeMonths; day < due; day = addDays(day, 1)) expect(isWorkingDay(day)).toBe(false);
      }),
    );
  });

  it('is never earlier than the start deadline', () => {
    fc.assert(
      fc.property(anyPending, (pending) => {
        expect(assessmentCompleteDue(pending) > addWorkingDays(pending, 7)).toBe(true);
      }),
    );
  });
});

describe('client plan review: at least once a year (LSL §30)', () => {
  it('is due on the anniversary of the plan when no earlier review was set', () => {
    expect(clientPlanReviewDue(d('2026-03-15'))).toBe('2027-03-15');
    expect(clientPlanReviewDue(d('2026-03-15'), null)).toBe('2027-03-15');
  });

  it('keeps the anniversary even on a weekend, so a review never slips past a year', () => {
    // 28.2.2027 is a Sunday.
    expect(clientPlanReviewDue(d('2026-02-28'))).toBe('2027-02-28');
  });

  it('moves a plan made on a leap day to 28 February', () => {
    expect(clientPlanReviewDue(d('2028-02-29'))).toBe('2029-02-28');
  });

  it('uses a review date the plan set when that comes sooner, but never one later than a year', () => {
    expect(clientPlanReviewDue(d('2026-03-15'), d('2026-09-15'))).toBe('2026-09-15');
    expect(clientPlanReviewDue(d('2026-03-15'), d('2027-06-01'))).toBe('2027-03-15');
  });
});

describe('emergency placement (LSL §38)', () => {
  it('lasts at most 30 days counting the day it began', () => {
    // 24.11 is day 1, 30.11 day 7, 23.12 day 30.
    expect(emergencyPlacementEnds(d('2026-11-24'))).toBe('2026-12-23');
    // 1.2 is day 1, 28.2 day 28, 2.3 day 30.
    expect(emergencyPlacementEnds(d('2027-02-01'))).toBe('2027-03-02');
    // Leap year: 29.2 is day 29, 1.3 day 30.
    expect(emergencyPlacementEnds(d('2028-02-01'))).toBe('2028-03-01');
    fc.assert(
      fc.property(anyPending, (start) => {
        expect(daysBetween(start, emergencyPlacementEnds(start)) + 1).toBe(30);
      }),
    );
  });

  it('is not moved off a weekend, because the limit bounds a coercive measure', () => {
    // 3.10.2026 is a Saturday: day 30 from Fri 4.9.
    expect(emergencyPlacementEnds(d('2026-09-04'))).toBe('2026-10-03');
  });

  it('can be extended once by at most 30 more days', () => {
    // 24.12 is extension day 1, 31.12 day 8, 22.1.2027 day 30.
    expect(emergencyPlacementExtendedEnds(d('2026-12-23'))).toBe('2027-01-22');
  });
});

describe('deadlineStatus', () => {
  const due = d('2026-12-03');
  it.each([
    ['2026-12-10', -7, 'overdue'],
    ['2026-12-04', -1, 'overdue'],
    ['2026-12-03', 0, 'today'],
    ['2026-12-02', 1, 'thisWeek'],
    ['2026-11-26', 7, 'thisWeek'],
    ['2026-11-25', 8, 'later'],
    ['2026-11-24', 9, 'later'],
  ])('on %s a deadline of 3.12.2026 has %i days left: %s', (today, daysLeft, bucket) => {
    expect(deadlineStatus(due, d(today))).toEqual({ daysLeft, bucket });
  });

  it('counts calendar days, not working days, across weekends and holidays', () => {
    // Wed 23.12.2026 → Mon 28.12: five calendar days though only one of them is a working day.
    expect(deadlineStatus(d('2026-12-28'), d('2026-12-23'))).toEqual({ daysLeft: 5, bucket: 'thisWeek' });
  });
});

describe('caseload limit (LSL §13b)', () => {
  it('is 30 children per responsible social worker', () => {
    expect(CASELOAD_LIMIT).toBe(30);
  });
});
