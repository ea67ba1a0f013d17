/**
 * A person's name in the Finnish adessive ("Mikko Laineella on…"), for the common surname types whose
 * inflection is regular: -nen (Virtanen → Virtasella), -e (Laine → Laineella), a vowel after a consonant
 * that does not alternate (Mäkelä → Mäkelällä, Kallio → Kalliolla) and a final consonant (Lindholm →
 * Lindholmilla). Only the last word is inflected. Null when the name may need consonant gradation
 * (Aalto → Aallolla) or another rule: the caller then words the sentence without inflecting it.
 */
export function finnishAdessive(fullName: string): string | null {
  const name = fullName.trim();
  const match = /^(.*?)([A-Za-zÅÄÖåäöÉéÜü]+)$/.exec(name);
  if (!match) return null;
  const [, head = '', word] = match;
  if (!word || word.length < 2) return null;
  const lower = word.toLowerCase();
  // Vowel harmony: back vowels (a, o, u) anywhere in the word take -lla, otherwise -llä.
  const back = /[aou]/.test(lower);
  const lla = back ? 'lla' : 'llä';
  let inflected: string | null = null;
  if (lower.endsWith('nen') && word.length > 4) {
    inflected = `${word.slice(0, -3)}se${lla}`;
  } else if (lower.endsWith('e')) {
    inflected = `${word}e${lla}`;
  } else if (/[aäoöuy]$/.test(lower)) {
    const before = lower.charAt(lower.length - 2);
    // k, p and t may alternate (Aalto → Aallolla, Rinta → Rinnalla): not guessed.
    if ('kpt'.includes(before)) return null;
    inflected = `${word}${lla}`;
  } else if (/[lmnrs]$/.test(lower) && /[aeiouyäö]/.test(lower)) {
    inflected = `${word}i${lla}`;
  }
  return inflected === null ? null : `${head}${inflected}`;
}
