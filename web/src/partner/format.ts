import type { LegalBasis } from '@lumo/domain';
import type { Translations } from '../lib/i18n';

/** The legal basis of a disclosure in words: consent, or the provision of law. */
export function basisText(basis: LegalBasis, t: Translations): string {
  if (basis.kind === 'consent') return t.partner.basis.consent;
  const provision = basis.provision ? t.partner.provisions[basis.provision] : '';
  const words = basis.provision === 'other' ? basis.provisionDetail : provision;
  return t.partner.basis.statutory(words || basis.provisionDetail);
}
