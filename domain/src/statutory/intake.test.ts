import { describe, expect, it } from 'vitest';
import { parseLocalDate as d } from '../calendar/index';
import { compareDeadlines, type DeadlineFacts, suspectedOffenceHints, worklistGroup } from './intake';

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
