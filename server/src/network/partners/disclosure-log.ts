import type { DisclosureLog } from '@lumo/domain';
import { sql } from 'kysely';
import { staffNames } from '../../children/queries';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { organisationNames } from '../queries';

const MAX_ROWS = 1_000;

/**
 * To whom the child's data was disclosed, what, when, why and on what basis (Act 703/2023 §10–11),
 * newest first: what the responsible worker answers a guardian's question with.
 */
export function getDisclosureLog(ctx: Ctx, childId: string): Promise<DisclosureLog> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'disclosureLog:read');
    const { rows } = await sql<{
      id: string;
      occurred_at: Date;
      recipient_user_id: string;
      recipient_name: string;
      recipient_organisation_id: string;
      data: DisclosureLog['entries'][number]['data'];
      data_ref: string | null;
      purpose: string;
      legal_basis: 'statutory' | 'consent';
      provision: DisclosureLog['entries'][number]['basis']['provision'];
      provision_detail: string;
      consent_id: string | null;
      decided_by: string | null;
    }>`SELECT * FROM lumo_child_disclosure_log(${childId}, ${MAX_ROWS})`.execute(tx);
    const [organisations, staff] = await Promise.all([
      organisationNames(
        tx,
        rows.map((r) => r.recipient_organisation_id),
      ),
      staffNames(
        tx,
        rows.map((r) => r.decided_by).filter((id): id is string => id !== null),
      ),
    ]);
    await appendAudit(tx, ctx, {
      action: 'disclosureLog:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    return {
      entries: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        recipient: {
          id: r.recipient_user_id,
          name: r.recipient_name,
          organisation: organisations.get(r.recipient_organisation_id) ?? {
            id: r.recipient_organisation_id,
            name: { fi: '', sv: '' },
          },
        },
        data: r.data,
        dataRef: r.data_ref,
        purpose: r.purpose,
        basis: {
          kind: r.legal_basis,
          provision: r.provision,
          provisionDetail: r.provision_detail,
          consentId: r.consent_id,
        },
        decidedBy: (r.decided_by && staff.get(r.decided_by)) || null,
      })),
    };
  });
}
