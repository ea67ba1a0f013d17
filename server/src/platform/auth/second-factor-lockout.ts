import { sql } from 'kysely';
import type { Config } from '../config';
import type { Db } from '../db';

/**
 * Counts one wrong second-factor code against the account and locks it, like wrong passwords do, once
 * the count reaches the limit. The count goes up in one statement so that codes guessed in parallel
 * are all counted. Returns whether the account is now locked.
 */
export async function countWrongSecondFactor(
  db: Db,
  config: Config,
  userId: string,
  now: Date,
): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    UPDATE staff_user SET
      failed_second_factor_count =
        CASE WHEN failed_second_factor_count + 1 >= ${config.loginMaxFailures} THEN 0
        ELSE failed_second_factor_count + 1 END,
      locked_until =
        CASE WHEN failed_second_factor_count + 1 >= ${config.loginMaxFailures}
        THEN ${new Date(now.getTime() + config.lockoutMinutes * 60_000)}::timestamptz
        ELSE locked_until END
    WHERE id = ${userId}
    RETURNING failed_second_factor_count = 0 AS locked`.execute(db);
  return rows[0]?.locked ?? false;
}
