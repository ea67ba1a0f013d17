import { describe, expect, it } from 'vitest';
import { addDays, compareLocalDate, parseLocalDate as d } from '../calendar/index';
import { laterBucketFrom } from './clock';
import {
  compareDeadlines,
  type DeadlineFacts,
  deadlineKinds,
  suspectedOffenceHints,
  worklistGroup,
} from './intake';

describe('suspectedOffenceHints', () => {
  it('finds words suggesting a sexual or violent offence, in Finnish and Swedish', () => {
    expect(suspectedOffenceHints('Lapsi kertoi, että isä on lyönyt häntä ja hänellä on mustelmia.')).toEqual([
      'lyönyt',
      'mustelmia',
    ]);
    expect(suspectedOffenceHints('Misstanke om sexuellt utnyttjande.')).toEqual(['sexuellt', 'utnyttjande']);
    expect(suspectedOffenceHints('Epäily seksuaalisesta hyväksikäytöstä')).toEqual([
      'seksuaalisesta',
      'hyväksikäytöstä',
    ]);
  });

  it('stays quiet about everyday worries', () => {
    expect(suspectedOffenceHints('Poissaoloja koulusta, vanhemmat eivät vastaa viesteihin.')).toEqual([]);
  });
});

describe('the worklist order', () => {
  const today = d('2026-11-25');
  const item = (kind: DeadlineFacts['kind'], due: string | null, urgent = false): DeadlineFacts => ({
    kind,
    due: due ? d(due) : null,
    urgent,
  });

  it('puts unassessed urgency first, then urgent children, then overdue, today, this week, undated, later', () => {
    const items = [
      item('clientPlanReview', '2027-06-01'),
      item('firstClientPlan', null),
      item('startDecision', '2026-11-30'),
      item('startDecision', '2026-11-25'),
      item('assessmentCompletion', '2026-11-20'),
      item('startDecision', '2026-12-20', true),
      item('urgencyAssessment', '2026-11-25'),
    ];
    const sorted = items.toSorted((a, b) => compareDeadlines(a, b, today));
    expect(sorted.map((i) => worklistGroup(i, today))).toEqual([
      'urgencyNotAssessed',
      'urgent',
      'overdue',
      'today',
      'thisWeek',
      'undated',
      'later',
    ]);
  });

  it('orders the same day by the order of the law: start decision before telling the family', () => {
    const a = item('familyInformed', '2026-12-01');
    const b = item('startDecision', '2026-12-01');
    expect([a, b].toSorted((x, y) => compareDeadlines(x, y, today)).map((i) => i.kind)).toEqual([
      'startDecision',
      'familyInformed',
    ]);
  });
});

describe('the later group', () => {
  // The worklist's query picks the later group's first deadlines by this rule in SQL.
  it('is exactly the deadlines that are no urgency assessment, not urgent, and due from laterBucketFrom on', () => {
    for (const today of [d('2026-11-25'), d('2026-12-28'), d('2028-02-25')]) {
      const from = laterBucketFrom(today);
      for (const kind of deadlineKinds) {
        for (const urgent of [false, true]) {
          for (let offset = -40; offset <= 400; offset++) {
            const due = addDays(today, offset);
            const byRule = kind !== 'urgencyAssessment' && !urgent && compareLocalDate(due, from) >= 0;
            expect(worklistGroup({ kind, due, urgent }, today) === 'later').toBe(byRule);
          }
          expect(worklistGroup({ kind, due: null, urgent }, today)).not.toBe('later');
        }
      }
    }
  });
});
