import type { LocalDate } from '@lumo/domain';
import { refreshServiceSearch } from '../network/register/search-text';
import { hashPassword } from '../platform/auth/passwords';
import type { Db } from '../platform/db';
import type { Database } from '../platform/schema';
import { agencyNetworkTables } from './agency-network';
import { DEMO_PASSWORD } from './county';
import { expertPoolTables } from './expert-pool';
import { type DemoCounty, generateCounty } from './generate';
import { systemicWorkTables } from './systemic-work';

const BATCH = 1_000;

// Parents before children, so every foreign key finds its row.
const order: (keyof DemoCounty & keyof Database)[] = [
  'organisation',
  'staff_user',
  'team',
  'team_municipality',
  'team_member',
  'person',
  'family_link',
  'child_case',
  // Before the relationships: a partner's access on a consent references it.
  'consent',
  'access_relationship',
  'assessment',
  'notification',
  'client_plan',
  ...systemicWorkTables,
  ...expertPoolTables,
  ...agencyNetworkTables,
];

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('organisation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/** Writes the demo county in one transaction: all of it or nothing. */
export async function seedDemo(
  db: Db,
  options: {
    children: number;
    referenceDate: LocalDate;
    madeAt?: Date;
    seed?: number;
    onProgress?: (table: string, rows: number) => void;
  },
): Promise<DemoCounty> {
  const county = generateCounty({ ...options, passwordHash: await hashPassword(DEMO_PASSWORD) });
  await db.transaction().execute(async (tx) => {
    for (const table of order) {
      const rows = county[table];
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx
          .insertInto(table)
          .values(rows.slice(i, i + BATCH) as never)
          .execute();
      }
      options.onProgress?.(table, rows.length);
    }
    // The register's search words, as the app writes them with every change.
    const services = county.partner_service.map((s) => s.id);
    for (let i = 0; i < services.length; i += BATCH)
      await refreshServiceSearch(tx, services.slice(i, i + BATCH));
  });
  return county;
}
