import { formatHetu, type LocalDate, parseLocalDate } from '@lumo/domain';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import { newId } from '../platform/ids';
import type { RelationshipKind, TeamMemberTable } from '../platform/schema';

type TeamRole = TeamMemberTable['team_role'];

export interface StaffFixture {
  id: string;
  username: string;
  name: string;
}

export interface ChildFixture {
  id: string;
  caseId: string;
  hetu: string;
  firstNames: string;
  lastName: string;
}

/**
 * Builders for the data a test needs, written directly as the owner (tests arrange the world;
 * the app under test then sees it only through its own access rules).
 */
export class Fixtures {
  private countyIds: { countyId: string; municipalityId: string } | null = null;
  private counter = 0;

  constructor(
    readonly db: Db,
    readonly clock: Clock,
    private readonly passwordHash: string,
  ) {}

  private next(): number {
    this.counter += 1;
    return this.counter;
  }

  async county() {
    if (this.countyIds) return this.countyIds;
    const countyId = newId();
    const municipalityId = newId();
    await this.db
      .insertInto('organisation')
      .values([
        {
          id: countyId,
          kind: 'county',
          code: '13',
          name_fi: 'Testin hyvinvointialue',
          name_sv: 'Testets välfärdsområde',
          parent_id: null,
          region: 'Keski-Suomi',
          systemic_training: null,
        },
        {
          id: municipalityId,
          kind: 'municipality',
          code: '179',
          name_fi: 'Jyväskylä',
          name_sv: 'Jyväskylä',
          parent_id: countyId,
          region: 'Keski-Suomi',
          systemic_training: true,
        },
      ])
      .execute();
    this.countyIds = { countyId, municipalityId };
    return this.countyIds;
  }

  async staff(
    options: {
      roles?: string[];
      firstName?: string;
      lastName?: string;
      username?: string;
      isDemo?: boolean;
    } = {},
  ): Promise<StaffFixture> {
    const { countyId } = await this.county();
    const n = this.next();
    const firstName = options.firstName ?? `Testi${n}`;
    const lastName = options.lastName ?? 'Työntekijä';
    const username = options.username ?? `staff${n}`;
    const id = newId();
    await this.db
      .insertInto('staff_user')
      .values({
        id,
        username,
        first_name: firstName,
        last_name: lastName,
        title: 'Sosiaalityöntekijä',
        organisation_id: countyId,
        roles: options.roles ?? ['social_worker'],
        password_hash: this.passwordHash,
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        locked_until: null,
        is_demo: options.isDemo ?? false,
      })
      .execute();
    return { id, username, name: `${firstName} ${lastName}` };
  }

  async team(options: {
    lead?: StaffFixture;
    members: { user: StaffFixture; role?: TeamRole; from?: Date }[];
    name?: string;
  }) {
    const { countyId } = await this.county();
    const id = newId();
    await this.db
      .insertInto('team')
      .values({
        id,
        organisation_id: countyId,
        name: options.name ?? `Tiimi ${this.next()}`,
        lead_id: options.lead?.id ?? null,
      })
      .execute();
    for (const member of options.members) {
      await this.db
        .insertInto('team_member')
        .values({
          id: newId(),
          team_id: id,
          user_id: member.user.id,
          team_role: member.role ?? 'social_worker',
          valid_from: member.from ?? new Date('2020-01-01T00:00:00Z'),
          valid_to: null,
        })
        .execute();
    }
    return { id, members: options.members.map((m) => m.user) };
  }

  /** A child with an open case held by the team, the responsible worker and every member granted access. */
  async child(
    options: {
      team?: { id: string; members: StaffFixture[] };
      responsible?: StaffFixture;
      firstNames?: string;
      lastName?: string;
      birthDate?: LocalDate;
      openedAt?: Date;
    } = {},
  ): Promise<ChildFixture> {
    const { countyId, municipalityId } = await this.county();
    const n = this.next();
    const birthDate = options.birthDate ?? parseLocalDate(`2015-01-${String(1 + (n % 28)).padStart(2, '0')}`);
    const hetu = formatHetu(birthDate, 900 + (n % 100));
    const id = newId();
    const firstNames = options.firstNames ?? `Lapsi${n}`;
    const lastName = options.lastName ?? 'Testinen';
    await this.db
      .insertInto('person')
      .values({
        id,
        kind: 'child',
        first_names: firstNames,
        last_name: lastName,
        hetu,
        birth_date: birthDate,
        sex: n % 2 ? 'male' : 'female',
        municipality_id: municipalityId,
        street_address: 'Testikatu 1',
        postal_code: '40100',
        post_office: 'JYVÄSKYLÄ',
      })
      .execute();
    const caseId = newId();
    const openedAt = options.openedAt ?? new Date('2025-01-01T08:00:00Z');
    await this.db
      .insertInto('child_case')
      .values({
        id: caseId,
        child_id: id,
        county_id: countyId,
        municipality_id: municipalityId,
        team_id: options.team?.id ?? null,
        responsible_worker_id: options.responsible?.id ?? null,
        opened_at: openedAt,
      })
      .execute();
    if (options.responsible)
      await this.grant({ user: options.responsible, childId: id, kind: 'responsible', validFrom: openedAt });
    for (const member of options.team?.members ?? []) {
      await this.grant({
        user: member,
        childId: id,
        kind: 'team',
        validFrom: openedAt,
        sourceId: options.team?.id,
      });
    }
    return { id, caseId, hetu, firstNames, lastName };
  }

  async familyMember(
    childId: string,
    options: { relation?: string; isGuardian?: boolean; firstNames?: string; lastName?: string } = {},
  ) {
    const { municipalityId } = await this.county();
    const n = this.next();
    const birthDate = parseLocalDate(`1985-02-${String(1 + (n % 28)).padStart(2, '0')}`);
    const id = newId();
    await this.db
      .insertInto('person')
      .values({
        id,
        kind: 'adult',
        first_names: options.firstNames ?? `Aikuinen${n}`,
        last_name: options.lastName ?? 'Testinen',
        hetu: formatHetu(birthDate, 900 + (n % 100)),
        birth_date: birthDate,
        municipality_id: municipalityId,
      })
      .execute();
    await this.db
      .insertInto('family_link')
      .values({
        id: newId(),
        child_id: childId,
        person_id: id,
        relation: options.relation ?? 'mother',
        is_guardian: options.isGuardian ?? true,
        lives_with_child: true,
      })
      .execute();
    return { id };
  }

  async grant(options: {
    user: StaffFixture;
    childId: string;
    kind: RelationshipKind;
    validFrom?: Date;
    validTo?: Date | null;
    reason?: string;
    sourceId?: string | undefined;
  }) {
    await this.db
      .insertInto('access_relationship')
      .values({
        id: newId(),
        user_id: options.user.id,
        child_id: options.childId,
        kind: options.kind,
        valid_from: options.validFrom ?? new Date('2020-01-01T00:00:00Z'),
        valid_to: options.validTo ?? null,
        reason: options.reason ?? null,
        granted_by: null,
        source_id: options.sourceId ?? null,
      })
      .execute();
  }
}
