import type { MeetingSummary, TeamMember } from '@lumo/domain';
import { formatLocalDate, formatWeekdayDate, helsinkiToday } from '../../lib/dates';
import type { Translations } from '../../lib/i18n';

type TeamRole = TeamMember['teamRole'];

/** 'konsultoiva sosiaalityöntekijä' → 'Konsultoiva sosiaalityöntekijä' at the start of a cell. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function roleName(role: TeamRole, t: Translations): string {
  return t.teams.roles[role];
}

/** '09:00' → '9.00'. */
export function clockText(hhmm: string): string {
  const [h = '0', m = '00'] = hhmm.split(':');
  return `${Number(h)}.${m}`;
}

/** '09:00' and 120 minutes → '9.00–11.00'. */
export function timeRange(start: string, minutes: number): string {
  const [h = '0', m = '0'] = start.split(':');
  const end = Number(h) * 60 + Number(m) + minutes;
  return `${clockText(start)}–${Math.floor(end / 60) % 24}.${String(end % 60).padStart(2, '0')}`;
}

/** 'ti 1.12.2026 klo 9.00–11.00'. */
export function meetingWhen(
  m: Pick<MeetingSummary, 'date' | 'startTime' | 'durationMinutes'>,
  t: Translations,
): string {
  return t.common.dateTime(formatWeekdayDate(m.date, t), timeRange(m.startTime, m.durationMinutes));
}

export function ageOn(birthDate: string | null, today = helsinkiToday()): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm > bm || (tm === bm && td >= bd) ? 0 : 1);
}

/** 'Samuel 13 v, Eevi 4 v': the children's first first names and ages. */
export function childrenLine(
  children: { firstNames: string; birthDate: string | null }[],
  t: Translations,
): string {
  return children
    .map((c) => {
      const first = c.firstNames.split(' ')[0] ?? c.firstNames;
      const age = ageOn(c.birthDate);
      return age === null ? first : `${first} ${t.teams.record.age(age)}`;
    })
    .join(', ');
}

export { formatLocalDate };
