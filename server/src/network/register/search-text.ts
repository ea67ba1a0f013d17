import type { ServiceType } from '@lumo/domain';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db';
import { anyOf } from '../queries';

/**
 * The words a service of each type is also found by, in Finnish, Swedish and English. The search
 * matches the starts of words, and Finnish compounds (koulukuraattori) do not start with their parts,
 * so the usual parts are written out here.
 */
const typeWords: Record<ServiceType, string> = {
  school:
    'koulu perusopetus oppilashuolto kuraattori koulukuraattori psykologi koulupsykologi skola elevvård kurator school',
  early_childhood_education:
    'varhaiskasvatus päiväkoti päivähoito perhepäivähoito esiopetus småbarnspedagogik daghem early childhood',
  school_health_care:
    'kouluterveydenhuolto terveydenhoitaja kouluterveydenhoitaja koululääkäri opiskeluterveydenhuolto skolhälsovård hälsovårdare',
  youth_clinic: 'nuorisovastaanotto nuorisoasema nuoret ungdomsmottagning youth clinic',
  family_counselling:
    'perheneuvola kasvatusneuvola neuvola perheneuvonta familjerådgivning family counselling',
  child_psychiatry:
    'lastenpsykiatria psykiatria lastenpsykiatrian poliklinikka barnpsykiatri child psychiatry',
  youth_psychiatry:
    'nuorisopsykiatria psykiatria nuorisopsykiatrian poliklinikka ungdomspsykiatri youth psychiatry',
  family_unit: 'perheyksikkö lipsy lastenpsykiatria intensiivinen hoito familjeenhet family unit',
  substance_abuse_mental_health:
    'päihdepalvelut mielenterveyspalvelut päihde mielenterveys a-klinikka missbruk mental hälsa substance mental health',
  disability_services:
    'vammaispalvelut vammais kehitysvammapalvelut erityishuolto handikappservice disability',
  youth_services: 'nuorisopalvelut nuorisotyö etsivä nuorisotyö ungdomstjänster youth work',
  police: 'poliisi poliisilaitos lasta rikos polis police',
  prosecutor: 'syyttäjä syyttäjälaitos åklagare prosecutor',
  ngo: 'järjestö yhdistys ry vapaaehtoinen förening organisation ngo',
  parish: 'seurakunta diakonia kirkko perheneuvonta församling parish',
  other: '',
};

/** Words of the user's query as a prefix query: every word must begin a word of the service. */
export function prefixQuery(q: string | undefined): string | null {
  const words = (q ?? '').toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** Writes the search words of the services again from what they are found by now. */
export async function refreshServiceSearch(tx: Tx, serviceIds: readonly string[]): Promise<void> {
  if (serviceIds.length === 0) return;
  const [services, contacts, areas] = await Promise.all([
    tx
      .selectFrom('partner_service as s')
      .innerJoin('organisation as o', 'o.id', 's.organisation_id')
      .select(['s.id', 's.service_type', 's.name_fi', 's.name_sv', 's.description', 's.region'])
      .select(['o.name_fi as org_fi', 'o.name_sv as org_sv'])
      .where('s.id', '=', anyOf(serviceIds))
      .execute(),
    tx
      .selectFrom('partner_contact')
      .select(['service_id', 'name', 'title'])
      .where('service_id', '=', anyOf(serviceIds))
      .execute(),
    tx
      .selectFrom('partner_service_area as a')
      .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
      .select(['a.service_id', 'm.name_fi', 'm.name_sv'])
      .where('a.service_id', '=', anyOf(serviceIds))
      .execute(),
  ]);
  for (const s of services) {
    const text = serviceSearchText(
      s,
      contacts.filter((c) => c.service_id === s.id),
      areas.filter((a) => a.service_id === s.id),
    );
    await tx
      .updateTable('partner_service')
      .set({ search: sql`to_tsvector('simple', ${text})` })
      .where('id', '=', s.id)
      .execute();
  }
}

/** The words a service is found by: its names, its organisation's, its type's, its contacts', its places'. */
export function serviceSearchText(
  service: {
    service_type: string;
    name_fi: string;
    name_sv: string;
    org_fi: string;
    org_sv: string;
    region: string;
    description: string;
  },
  contacts: readonly { name: string; title: string }[],
  municipalities: readonly { name_fi: string; name_sv: string }[],
): string {
  return [
    service.name_fi,
    service.name_sv,
    service.org_fi,
    service.org_sv,
    service.region,
    typeWords[service.service_type as ServiceType],
    ...contacts.flatMap((c) => [c.name, c.title]),
    ...municipalities.flatMap((m) => [m.name_fi, m.name_sv]),
    service.description.slice(0, 2000),
  ].join(' ');
}
