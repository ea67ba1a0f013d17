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
} as const satisfies Record<string, Messages>;

export type FieldIssueCode = keyof typeof fieldIssueCatalog;
