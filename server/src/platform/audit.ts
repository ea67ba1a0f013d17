import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from './context';
import type { Db, Tx } from './db';
import { newId } from './ids';

/**
 * One use of client data for the use log of Act 703/2023 §10: who, in which organisation, whose
 * data, what was done, on what basis, for what purpose, when, in which request.
 */
export interface AuditEntry {
  action: string;
  childIds?: string[];
  outcome?: 'ok' | 'denied' | 'failed';
  basis?: string;
  purpose?: string;
  details?: Record<string, unknown>;
}

export interface AuditContext {
  actor: Pick<Actor, 'userId' | 'name' | 'organisationId'>;
  clock: { now(): Date };
  requestId: string;
}

export const CLIENT_WORK = 'child_protection_client_work';

/** Appends to the use log inside the caller's transaction, so the log and the use commit together. */
export async function appendAudit(tx: Tx | Db, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
      id: newId(),
      occurred_at: ctx.clock.now(),
      actor_id: ctx.actor.userId,
      actor_name: ctx.actor.name,
      organisation_id: ctx.actor.organisationId,
      child_ids: sql<string[]>`${entry.childIds ?? []}::uuid[]`,
      action: entry.action,
      outcome: entry.outcome ?? 'ok',
      basis: entry.basis ?? '',
      purpose: entry.purpose ?? '',
      request_id: ctx.requestId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface BrokenLink {
  seq: number | null;
  chain: number;
  chainPos: number;
  reason: string;
}

export type AuditVerification = { ok: true; rows: number } | { ok: false; rows: number; broken: BrokenLink };

function genesis(chain: number): Buffer {
  return createHash('sha256').update(`lumo-audit-genesis-${chain}`).digest();
}

const BATCH = 5_000;

/**
 * Walks every chain from its genesis to its recorded head, recomputing each row's hash from its
 * content and its predecessor. Any edited, inserted, reordered or deleted row breaks a link.
 */
export async function verifyAuditLog(db: Db): Promise<AuditVerification> {
  const heads = await db.selectFrom('audit_chain').selectAll().orderBy('chain').execute();
  let rows = 0;
  let firstBroken: BrokenLink | null = null;
  for (const head of heads) {
    let expectedPos = 1;
    let previous = genesis(head.chain);
    let broken = null as BrokenLink | null;
    while (!broken) {
      const batch = await sql<{
        seq: number;
        chain_pos: number;
        prev_hash: Uint8Array;
        hash: Uint8Array;
        computed: Uint8Array;
      }>`
        SELECT e.seq, e.chain_pos, e.prev_hash, e.hash,
          sha256(e.prev_hash || convert_to(lumo_audit_canonical(e), 'UTF8')) AS computed
        FROM audit_event e
        WHERE e.chain = ${head.chain} AND e.chain_pos >= ${expectedPos}
        ORDER BY e.chain_pos
        LIMIT ${BATCH}`.execute(db);
      for (const row of batch.rows) {
        rows++;
        const at = { seq: row.seq, chain: head.chain, chainPos: row.chain_pos };
        if (row.chain_pos !== expectedPos) {
          broken = { ...at, reason: `row ${expectedPos} of chain ${head.chain} is missing` };
        } else if (!Buffer.from(row.prev_hash).equals(previous)) {
          broken = { ...at, reason: 'link to the previous row does not match' };
        } else if (!Buffer.from(row.hash).equals(Buffer.from(row.computed))) {
          broken = { ...at, reason: 'content does not match its hash' };
        }
        if (broken) break;
        previous = Buffer.from(row.hash);
        expectedPos++;
      }
      if (batch.rows.length < BATCH) break;
    }
    if (!broken && (expectedPos - 1 !== head.last_pos || !previous.equals(Buffer.from(head.last_hash)))) {
      broken = {
        seq: null,
        chain: head.chain,
        chainPos: expectedPos,
        reason: `chain ends at row ${expectedPos - 1} but its head records row ${head.last_pos}`,
      };
    }
    if (broken && (!firstBroken || (broken.seq ?? Infinity) < (firstBroken.seq ?? Infinity)))
      firstBroken = broken;
  }
  return firstBroken ? { ok: false, rows, broken: firstBroken } : { ok: true, rows };
}
