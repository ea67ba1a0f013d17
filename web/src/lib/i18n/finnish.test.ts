import { describe, expect, test } from 'vitest';
import { finnishAdessive } from './finnish';

describe('Finnish adessive of a name', () => {
  test('regular surname types', () => {
    expect(finnishAdessive('Mikko Laine')).toBe('Mikko Laineella');
    expect(finnishAdessive('Anna Virtanen')).toBe('Anna Virtasella');
    expect(finnishAdessive('Laura Hämäläinen')).toBe('Laura Hämäläisellä');
    expect(finnishAdessive('Pekka Järvinen')).toBe('Pekka Järvisellä');
    expect(finnishAdessive('Leena Lehtonen')).toBe('Leena Lehtosella');
    expect(finnishAdessive('Kaisa Mäkelä')).toBe('Kaisa Mäkelällä');
    expect(finnishAdessive('Timo Kallio')).toBe('Timo Kalliolla');
    expect(finnishAdessive('Riikka Ojala')).toBe('Riikka Ojalalla');
    expect(finnishAdessive('Jari Lindholm')).toBe('Jari Lindholmilla');
    expect(finnishAdessive('Maija Virtanen-Laine')).toBe('Maija Virtanen-Laineella');
  });

  test('gives up where consonant gradation or another rule may apply', () => {
    expect(finnishAdessive('Eero Aalto')).toBeNull();
    expect(finnishAdessive('Liisa Koski')).toBeNull();
    expect(finnishAdessive('Ville Rinta')).toBeNull();
    expect(finnishAdessive('')).toBeNull();
  });
});
