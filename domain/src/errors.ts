export type Language = 'fi' | 'sv' | 'en';
export const languages: readonly Language[] = ['fi', 'sv', 'en'];

type Messages = Record<Language, string>;

/**
 * Every error the API can answer with: a stable code for programs and a sentence for people in
 * each official language (and English). The HTTP status belongs to the code, so a client can
 * rely on both.
 */
export const errorCatalog = {
  malformed_json: {
    status: 400,
    fi: 'Pyynnön JSON-sisältö on virheellinen.',
    sv: 'Begärans JSON-innehåll är felaktigt.',
    en: 'The request body is not valid JSON.',
  },
  validation_failed: {
    status: 400,
    fi: 'Pyynnön tiedoissa on virheitä.',
    sv: 'Begäran innehåller felaktiga uppgifter.',
    en: 'The request contains invalid data.',
  },
  body_too_large: {
    status: 400,
    fi: 'Pyyntö on liian suuri (enintään 1 Mt).',
    sv: 'Begäran är för stor (högst 1 MB).',
    en: 'The request is too large (at most 1 MB).',
  },
  unsupported_media_type: {
    status: 415,
    fi: 'Pyynnön sisältötyyppiä ei tueta; käytä JSONia.',
    sv: 'Begärans innehållstyp stöds inte; använd JSON.',
    en: 'Unsupported content type; send JSON.',
  },
  unauthenticated: {
    status: 401,
    fi: 'Kirjaudu sisään.',
    sv: 'Logga in.',
    en: 'Please sign in.',
  },
  invalid_credentials: {
    status: 401,
    fi: 'Käyttäjätunnus tai salasana on väärä.',
    sv: 'Fel användarnamn eller lösenord.',
    en: 'Wrong username or password.',
  },
  account_locked: {
    status: 429,
    fi: 'Liian monta epäonnistunutta kirjautumista. Tili on tilapäisesti lukittu; yritä myöhemmin uudelleen.',
    sv: 'För många misslyckade inloggningar. Kontot är tillfälligt låst; försök igen senare.',
    en: 'Too many failed sign-ins. The account is temporarily locked; try again later.',
  },
  too_many_requests: {
    status: 429,
    fi: 'Liian monta pyyntöä. Odota hetki ja yritä uudelleen.',
    sv: 'För många förfrågningar. Vänta en stund och försök igen.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  demo_accounts_disabled: {
    status: 401,
    fi: 'Esittelytunnukset eivät ole käytössä tuotannossa.',
    sv: 'Demokonton används inte i produktion.',
    en: 'Demo accounts are not available in production.',
  },
  second_factor_required: {
    status: 403,
    fi: 'Vahvista kirjautuminen todennussovelluksen koodilla.',
    sv: 'Bekräfta inloggningen med koden från autentiseringsappen.',
    en: 'Confirm the sign-in with the code from your authenticator app.',
  },
  second_factor_enrolment_required: {
    status: 403,
    fi: 'Roolisi edellyttää kaksivaiheista tunnistautumista. Ota todennussovellus käyttöön.',
    sv: 'Din roll kräver tvåstegsverifiering. Ta i bruk en autentiseringsapp.',
    en: 'Your role requires two-step verification. Set up an authenticator app.',
  },
  invalid_second_factor: {
    status: 401,
    fi: 'Vahvistuskoodi on väärä tai vanhentunut.',
    sv: 'Verifieringskoden är fel eller har gått ut.',
    en: 'The verification code is wrong or has expired.',
  },
  csrf_failed: {
    status: 403,
    fi: 'Pyynnön turvatunniste puuttuu tai on väärä. Lataa sivu uudelleen.',
    sv: 'Begärans säkerhetstoken saknas eller är fel. Ladda om sidan.',
    en: 'The request security token is missing or wrong. Reload the page.',
  },
  forbidden: {
    status: 403,
    fi: 'Sinulla ei ole oikeutta tähän toimintoon.',
    sv: 'Du har inte behörighet till denna åtgärd.',
    en: 'You are not allowed to do this.',
  },
  not_found: {
    status: 404,
    fi: 'Tietoa ei löytynyt.',
    sv: 'Uppgiften hittades inte.',
    en: 'Not found.',
  },
  conflict: {
    status: 409,
    fi: 'Joku muu muutti tietoa samaan aikaan. Lataa uusin versio ja tee muutoksesi uudelleen.',
    sv: 'Någon annan ändrade uppgiften samtidigt. Hämta den senaste versionen och gör om dina ändringar.',
    en: 'Someone else changed this at the same time. Load the latest version and make your change again.',
  },
  emergency_access_not_needed: {
    status: 409,
    fi: 'Sinulla on jo pääsy tämän lapsen tietoihin.',
    sv: 'Du har redan tillgång till barnets uppgifter.',
    en: 'You already have access to this child.',
  },
  police_notification_required: {
    status: 400,
    fi: 'Ilmoituksessa epäillään seksuaali- tai väkivaltarikosta: kerro, onko myös poliisille ilmoitettu, tai perustele, miksi ei (LSL 25 § 3 mom.).',
    sv: 'Anmälan gäller misstänkt sexual- eller våldsbrott: ange om även polisen har underrättats, eller motivera varför inte (BSL 25 § 3 mom.).',
    en: 'The notification suspects a sexual or violent offence: say whether the police were notified too, or why not (Child Welfare Act §25(3)).',
  },
  invalid_hetu: {
    status: 400,
    fi: 'Henkilötunnus on virheellinen.',
    sv: 'Personbeteckningen är felaktig.',
    en: 'The personal identity code is not valid.',
  },
  not_a_child: {
    status: 409,
    fi: 'Henkilötunnus kuuluu aikuiselle, ei lapselle.',
    sv: 'Personbeteckningen tillhör en vuxen, inte ett barn.',
    en: 'The personal identity code belongs to an adult, not a child.',
  },
  intake_team_required: {
    status: 409,
    fi: 'Uusi asia tarvitsee tiimin tai sosiaalityöntekijän: et kuulu yhteenkään tiimiin. Valitse tiimi tai pyydä tiimiin lisäämistä.',
    sv: 'Ett nytt ärende behöver ett team eller en socialarbetare: du hör inte till något team. Välj ett team eller be att bli tillagd.',
    en: 'A new case needs a team or a social worker to hold it, and you are in no team. Choose a team or ask to be added to one.',
  },
  not_expected_child: {
    status: 409,
    fi: 'Lapsen syntymä on jo kirjattu, tai häntä ei ole kirjattu odotettavaksi lapseksi.',
    sv: 'Barnets födelse är redan registrerad, eller barnet är inte registrerat som väntat barn.',
    en: 'The birth is already recorded, or the child was not recorded as expected.',
  },
  urgency_already_assessed: {
    status: 409,
    fi: 'Kiireellisyys on jo arvioitu tälle ilmoitukselle.',
    sv: 'Brådskandet har redan bedömts för denna anmälan.',
    en: 'The urgency of this notification has already been assessed.',
  },
  start_decision_already_made: {
    status: 409,
    fi: 'Päätös selvityksen aloittamisesta on jo tehty.',
    sv: 'Beslutet om att inleda utredningen är redan fattat.',
    en: 'The decision whether to start the assessment has already been made.',
  },
  start_decision_not_allowed: {
    status: 409,
    fi: 'Tätä ratkaisua ei voi tehdä tässä vaiheessa: jo asiakkaana olevan lapsen ilmoitus käsitellään asiakastyössä, muun lapsen ilmoitus ei.',
    sv: 'Detta avgörande kan inte fattas nu: en anmälan om ett barn som redan är klient behandlas i klientarbetet, andra anmälningar inte.',
    en: 'This decision is not possible here: only a notification about a child who is already a client is handled within client work.',
  },
  assessment_not_in_progress: {
    status: 409,
    fi: 'Palvelutarpeen arviointi ei ole käynnissä.',
    sv: 'Bedömningen av servicebehovet pågår inte.',
    en: 'The service-need assessment is not under way.',
  },
  responsible_worker_required: {
    status: 409,
    fi: 'Lapselle on ensin nimettävä vastuusosiaalityöntekijä.',
    sv: 'Barnet måste först få en ansvarig socialarbetare.',
    en: 'Assign the child a responsible social worker first.',
  },
  not_a_team_social_worker: {
    status: 409,
    fi: 'Vastuutyöntekijäksi voi nimetä vain lapsen tiimin sosiaalityöntekijän.',
    sv: 'Endast en socialarbetare i barnets team kan utses till ansvarig.',
    en: 'Only a social worker of the child’s team can be the responsible worker.',
  },
  caseload_limit_reached: {
    status: 409,
    fi: 'Työntekijällä on jo lain enimmäismäärä, 30 asiakaslasta (LSL 13 b §). Tiimin esihenkilö voi myöntää poikkeuksen perusteluineen.',
    sv: 'Arbetstagaren har redan det lagstadgade maximiantalet, 30 klientbarn (BSL 13 b §). Teamets förman kan bevilja ett undantag med motivering.',
    en: 'The worker already has the legal maximum of 30 child clients (Child Welfare Act §13b). The team lead can grant an exception with a reason.',
  },
  caseload_override_exists: {
    status: 409,
    fi: 'Työntekijällä on jo käyttämätön poikkeuslupa.',
    sv: 'Arbetstagaren har redan ett oanvänt undantag.',
    en: 'The worker already has an unused exception.',
  },
  not_a_client: {
    status: 409,
    fi: 'Lapsi ei ole lastensuojelun asiakas.',
    sv: 'Barnet är inte klient inom barnskyddet.',
    en: 'The child is not a child-protection client.',
  },
  client_plan_draft_exists: {
    status: 409,
    fi: 'Asiakassuunnitelmasta on jo luonnos. Jatka sitä.',
    sv: 'Det finns redan ett utkast till klientplanen. Fortsätt med det.',
    en: 'A draft of the client plan already exists. Continue with it.',
  },
  client_plan_agreed: {
    status: 409,
    fi: 'Sovittua asiakassuunnitelmaa ei voi muuttaa. Aloita uusi versio.',
    sv: 'En överenskommen klientplan kan inte ändras. Påbörja en ny version.',
    en: 'An agreed client plan cannot be changed. Start a new version.',
  },
  client_plan_incomplete: {
    status: 409,
    fi: 'Suunnitelmasta puuttuu muutettavat olosuhteet tai tarvittava tuki (LSL 30 §).',
    sv: 'I planen saknas de förhållanden som ska förändras eller det stöd som behövs (BSL 30 §).',
    en: 'The plan lacks the circumstances to change or the support needed (Child Welfare Act §30).',
  },
  document_not_available: {
    status: 409,
    fi: 'Asiakirjaa voi tehdä vasta, kun arviointi on valmis tai suunnitelma sovittu.',
    sv: 'Dokumentet kan skapas först när bedömningen är klar eller planen överenskommen.',
    en: 'The document can be made only once the assessment is concluded or the plan agreed.',
  },
  // The systemic team workspace.
  already_member: {
    status: 409,
    fi: 'Henkilö on jo tiimin jäsen tuona aikana.',
    sv: 'Personen är redan medlem i teamet under den tiden.',
    en: 'This person is already a member of the team for that time.',
  },
  membership_ended: {
    status: 409,
    fi: 'Päättynyttä jäsenyyttä ei voi enää muuttaa.',
    sv: 'Ett avslutat medlemskap kan inte längre ändras.',
    en: 'A membership that has ended can no longer be changed.',
  },
  membership_date_in_past: {
    status: 400,
    fi: 'Jäsenyyden alku- tai päättymispäivä ei voi olla menneisyydessä: käyttöoikeuksien historiaa ei muuteta jälkikäteen.',
    sv: 'Medlemskapets första eller sista dag kan inte ligga i det förflutna: behörigheternas historik ändras inte i efterhand.',
    en: 'A membership cannot start or end in the past: the history of access rights is not rewritten afterwards.',
  },
  series_overlap: {
    status: 409,
    fi: 'Tiimillä on jo viikoittainen kokous tälle ajalle. Päätä edellinen sarja ensin.',
    sv: 'Teamet har redan ett veckomöte för den här tiden. Avsluta den tidigare serien först.',
    en: 'The team already has a weekly meeting for this period. End the earlier series first.',
  },
  meetings_have_agenda: {
    status: 409,
    fi: 'Sarjan myöhemmissä kokouksissa on jo perheitä esityslistalla. Siirrä ne ensin toiseen kokoukseen.',
    sv: 'Seriens senare möten har redan familjer på föredragningslistan. Flytta dem först till ett annat möte.',
    en: 'Later meetings of the series already have families on the agenda. Move them to another meeting first.',
  },
  meeting_date_taken: {
    status: 409,
    fi: 'Tiimillä on jo kokous sinä päivänä.',
    sv: 'Teamet har redan ett möte den dagen.',
    en: 'The team already has a meeting on that day.',
  },
  meeting_cancelled: {
    status: 409,
    fi: 'Kokous on peruttu.',
    sv: 'Mötet är inställt.',
    en: 'The meeting has been cancelled.',
  },
  agenda_closed: {
    status: 409,
    fi: 'Esityslista on suljettu. Konsultoiva sosiaalityöntekijä voi avata sen uudelleen.',
    sv: 'Föredragningslistan är stängd. Den konsulterande socialarbetaren kan öppna den igen.',
    en: 'The agenda is closed. The consultant social worker can reopen it.',
  },
  already_on_agenda: {
    status: 409,
    fi: 'Perhe on jo tämän kokouksen esityslistalla.',
    sv: 'Familjen finns redan på mötets föredragningslista.',
    en: 'The family is already on this meeting’s agenda.',
  },
  family_not_in_team: {
    status: 409,
    fi: 'Tiimi ei hoida tämän perheen yhdenkään lapsen asiaa.',
    sv: 'Teamet sköter inte ärendet för något av familjens barn.',
    en: 'The team holds the case of none of this family’s children.',
  },
  agenda_item_not_empty: {
    status: 409,
    fi: 'Perheen käsittelystä on jo kirjauksia, joten sitä ei voi poistaa esityslistalta.',
    sv: 'Det finns redan anteckningar om familjens behandling, så den kan inte tas bort från listan.',
    en: 'The family’s discussion already has notes, so it cannot be taken off the agenda.',
  },
  experiments_due: {
    status: 409,
    fi: 'Perheen kokeilujen seuranta on tämän kokouksen asialistalla. Siirrä seurantapäivää, jos perhettä ei käsitellä nyt.',
    sv: 'Uppföljningen av familjens experiment hör till detta möte. Flytta uppföljningsdagen om familjen inte behandlas nu.',
    en: 'The family’s experiments are due for follow-up at this meeting. Move their follow-up date if the family is not discussed now.',
  },
  family_has_records: {
    status: 409,
    fi: 'Perheestä on jo kirjauksia, joissa lapsi on mukana. Lasta ei voi poistaa perheestä, jotta kirjaukset eivät näy niille, joilla ei ole oikeutta hänen tietoihinsa.',
    sv: 'Det finns redan anteckningar om familjen där barnet ingår. Barnet kan inte tas bort ur familjen, så att anteckningarna inte syns för dem som inte har rätt till barnets uppgifter.',
    en: 'The family already has records that include this child. The child cannot be removed, so that those records are not shown to anyone without access to the child’s data.',
  },
  child_already_in_family: {
    status: 409,
    fi: 'Lapsi kuuluu jo toiseen perheeseen.',
    sv: 'Barnet hör redan till en annan familj.',
    en: 'The child already belongs to another family.',
  },
  experiment_concluded: {
    status: 409,
    fi: 'Kokeilu on jo päätetty.',
    sv: 'Experimentet är redan avslutat.',
    en: 'The experiment has already been concluded.',
  },
  summary_missing: {
    status: 409,
    fi: 'Kirjoita selkokielinen yhteenveto ennen kuin jaat sen perheelle.',
    sv: 'Skriv en sammanfattning på lättläst språk innan du delar den med familjen.',
    en: 'Write the plain-language summary before you share it with the family.',
  },
  genogram_invalid: {
    status: 400,
    fi: 'Sukukartassa on virheitä.',
    sv: 'Släktkartan innehåller fel.',
    en: 'The genogram has errors.',
  },
  // The agency network.
  network_map_invalid: {
    status: 400,
    fi: 'Verkostokartassa on virheitä.',
    sv: 'Nätverkskartan innehåller fel.',
    en: 'The network map has errors.',
  },
  not_a_partner: {
    status: 409,
    fi: 'Henkilö ei ole yhteistyökumppanin käyttäjä. Vain kumppaniorganisaation ammattilaisen voi kutsua.',
    sv: 'Personen är inte en användare hos en samarbetspartner. Endast en yrkesperson hos en partnerorganisation kan bjudas in.',
    en: 'This person is not a partner professional. Only a professional of a partner organisation can be invited.',
  },
  partner_access_exists: {
    status: 409,
    fi: 'Kumppanilla on jo voimassa oleva pääsy tämän lapsen asiaan. Peru se ensin, jos haluat muuttaa sitä.',
    sv: 'Partnern har redan en giltig åtkomst till barnets ärende. Återkalla den först om du vill ändra den.',
    en: 'The partner already has live access to this child’s case. Revoke it first to change it.',
  },
  partner_access_ended: {
    status: 409,
    fi: 'Pääsy on jo päättynyt.',
    sv: 'Åtkomsten har redan upphört.',
    en: 'The access has already ended.',
  },
  access_period_invalid: {
    status: 400,
    fi: 'Voimassaolon päättymispäivä ei voi olla menneisyydessä eikä yli vuoden päässä.',
    sv: 'Giltighetstidens sista dag kan inte ligga i det förflutna eller mer än ett år framåt.',
    en: 'The last day of validity cannot be in the past or more than a year ahead.',
  },
  legal_basis_required: {
    status: 400,
    fi: 'Kirjaa tietojen luovuttamisen peruste: lainkohta tai huoltajan suostumus (asiakastietolaki 703/2023 10 §).',
    sv: 'Ange grunden för utlämnandet: lagrum eller vårdnadshavarens samtycke (klientdatalagen 703/2023 10 §).',
    en: 'Record the basis of the disclosure: a provision of law or the guardian’s consent (Client Data Act 703/2023 §10).',
  },
  consent_does_not_cover: {
    status: 409,
    fi: 'Suostumus ei kata tätä luovutusta: se on peruttu tai vanhentunut, tai se on annettu toiselle organisaatiolle, toisille tiedoille tai lyhyemmäksi ajaksi.',
    sv: 'Samtycket täcker inte detta utlämnande: det har återkallats eller gått ut, eller gäller en annan organisation, andra uppgifter eller en kortare tid.',
    en: 'The consent does not cover this disclosure: it is withdrawn or expired, or it was given for another organisation, other data or a shorter time.',
  },
  consent_giver_invalid: {
    status: 409,
    fi: 'Suostumuksen voi antaa lapsen huoltaja tai 12 vuotta täyttänyt lapsi itse.',
    sv: 'Samtycke kan ges av barnets vårdnadshavare eller av barnet självt om det har fyllt 12 år.',
    en: 'Consent can be given by a guardian of the child, or by the child herself once she is 12.',
  },
  consent_withdrawn: {
    status: 409,
    fi: 'Suostumus on jo peruttu.',
    sv: 'Samtycket har redan återkallats.',
    en: 'The consent has already been withdrawn.',
  },
  multiagency_exists: {
    status: 409,
    fi: 'Tälle arvioinnille on jo aloitettu monitoimijainen työskentely.',
    sv: 'Det mångprofessionella arbetet har redan inletts för denna bedömning.',
    en: 'Multi-agency work has already been started for this assessment.',
  },
  identifying_data_found: {
    status: 400,
    fi: 'Konsultaatiopyynnössä on lapsen, huoltajan tai muun asiaan liittyvän henkilön nimi, eikä pyyntöä siksi lähetetty. Poista nimet (kohdat on merkitty), tai kirjaa suostumus tai lainkohta tunnistettavalle pyynnölle.',
    sv: 'Konsultationsbegäran innehåller namnet på barnet, en vårdnadshavare eller någon annan i ärendet och skickades därför inte. Ta bort namnen (ställena är markerade), eller ange samtycke eller lagrum för en identifierande begäran.',
    en: 'The consultation request contains the name of the child, a guardian or someone else in the case, so it was not sent. Remove the names (the places are marked), or record consent or a provision for an identifying request.',
  },
  identity_code_in_consultation: {
    status: 400,
    fi: 'Konsultaatiopyynnössä on henkilötunnus, eikä pyyntöä siksi lähetetty. Henkilötunnusta ei lähetetä konsultaatiossa koskaan, ei tunnistettavassakaan pyynnössä: poista se (kohta on merkitty).',
    sv: 'Konsultationsbegäran innehåller en personbeteckning och skickades därför inte. En konsultation innehåller aldrig en personbeteckning, inte ens en identifierande begäran: ta bort den (stället är markerat).',
    en: 'The consultation request contains a personal identity code, so it was not sent. A consultation never carries an identity code, not even an identifying one: remove it (the place is marked).',
  },
  not_an_expert: {
    status: 409,
    fi: 'Valittu henkilö ei ole asiantuntijapoolissa tällä asiantuntemuksella.',
    sv: 'Den valda personen finns inte i expertpoolen med denna expertis.',
    en: 'The chosen person is not in the expert pool with this expertise.',
  },
  consultation_closed: {
    status: 409,
    fi: 'Konsultaatioon on jo vastattu tai se on peruttu.',
    sv: 'Konsultationen har redan besvarats eller återkallats.',
    en: 'The consultation has already been answered or withdrawn.',
  },
  consultation_taken: {
    status: 409,
    fi: 'Toinen asiantuntija on jo ottanut konsultaation vastattavakseen.',
    sv: 'En annan expert har redan åtagit sig konsultationen.',
    en: 'Another expert has already taken on the consultation.',
  },
  internal_error: {
    status: 500,
    fi: 'Odottamaton virhe. Yritä uudelleen; jos virhe toistuu, ota yhteyttä tukeen.',
    sv: 'Oväntat fel. Försök igen; om felet upprepas, kontakta supporten.',
    en: 'Unexpected error. Try again; if it happens again, contact support.',
  },
  service_unavailable: {
    status: 503,
    fi: 'Palvelu on hetkellisesti ylikuormittunut. Yritä hetken kuluttua uudelleen.',
    sv: 'Tjänsten är tillfälligt överbelastad. Försök igen om en stund.',
    en: 'The service is temporarily overloaded. Try again in a moment.',
  },
} as const satisfies Record<string, Messages & { status: number }>;

export type ErrorCode = keyof typeof errorCatalog;

export function errorMessages(code: ErrorCode): Messages {
  const { fi, sv, en } = errorCatalog[code];
  return { fi, sv, en };
}

/** Field-level validation problems, phrased for people. */
export const fieldIssueCatalog = {
  required: { fi: 'Pakollinen tieto puuttuu.', sv: 'Obligatorisk uppgift saknas.', en: 'This is required.' },
  invalid_type: {
    fi: 'Tieto on väärää tyyppiä.',
    sv: 'Uppgiften har fel typ.',
    en: 'This has the wrong type.',
  },
  unknown_field: {
    fi: 'Tuntematon kenttä.',
    sv: 'Okänt fält.',
    en: 'Unknown field.',
  },
  too_short: { fi: 'Teksti on liian lyhyt.', sv: 'Texten är för kort.', en: 'This is too short.' },
  too_long: { fi: 'Teksti on liian pitkä.', sv: 'Texten är för lång.', en: 'This is too long.' },
  invalid_value: { fi: 'Arvo ei kelpaa.', sv: 'Värdet är ogiltigt.', en: 'This value is not valid.' },
  invalid_format: {
    fi: 'Muoto on virheellinen.',
    sv: 'Formatet är felaktigt.',
    en: 'The format is not valid.',
  },
  self_link: {
    fi: 'Henkilöä ei voi yhdistää itseensä.',
    sv: 'En person kan inte kopplas till sig själv.',
    en: 'A person cannot be linked to themselves.',
  },
  duplicate: {
    fi: 'Sama tieto on jo olemassa.',
    sv: 'Samma uppgift finns redan.',
    en: 'This already exists.',
  },
  unknown_reference: {
    fi: 'Viittaus tuntemattomaan henkilöön tai tietoon.',
    sv: 'Hänvisning till en okänd person eller uppgift.',
    en: 'This refers to an unknown person or item.',
  },
  cycle: {
    fi: 'Henkilö ei voi olla oma esivanhempansa.',
    sv: 'En person kan inte vara sin egen förfader.',
    en: 'A person cannot be their own ancestor.',
  },
  identity_code: {
    fi: 'Tekstissä on henkilötunnus.',
    sv: 'Texten innehåller en personbeteckning.',
    en: 'The text contains a personal identity code.',
  },
  case_name: {
    fi: 'Tekstissä on asiaan liittyvän henkilön nimi.',
    sv: 'Texten innehåller namnet på en person i ärendet.',
    en: 'The text contains the name of someone in the case.',
  },
  date_order: {
    fi: 'Päivämäärät ovat väärässä järjestyksessä.',
    sv: 'Datumen är i fel ordning.',
    en: 'The dates are in the wrong order.',
  },
} as const satisfies Record<string, Messages>;

export type FieldIssueCode = keyof typeof fieldIssueCatalog;
