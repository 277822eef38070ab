import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify } from '../../src/data/slug.js';

test('slugify follows the documented rule', () => {
  const cases: [string, string][] = [
    ['Landkreis Harz', 'harz'],
    ['Kreis Konecki', 'konecki'],
    ['Landeshauptstadt Magdeburg', 'magdeburg'],
    ['Halle (Saale)', 'halle-saale'],
    ['Dessau-Roßlau', 'dessau-rosslau'],
    ['Köthen (Anhalt)', 'koethen-anhalt'],
    ['Über Öl', 'ueber-oel'],
    ['Giżycko', 'gizycko'],
    ['Powiat Pajęczański', 'powiat-pajeczanski'],
    ['Élancourt', 'elancourt'],
    ['Aydın', 'aydin'],
    ['Notre-Dame-d’Oé', 'notre-dame-d-oe'],
    ['  Zerbst/Anhalt  ', 'zerbst-anhalt'],
    ['Hội An', 'hoi-an'],
    ['Burgenlandkreis', 'burgenlandkreis'],
  ];
  for (const [name, slug] of cases) assert.equal(slugify(name), slug, name);
});

test('slugify treats decomposed umlauts like composed ones', () => {
  assert.equal(slugify('Ko\u0308then'), 'koethen');
});

test('slugify drops only a leading administrative title', () => {
  assert.equal(slugify('Altmarkkreis Salzwedel'), 'altmarkkreis-salzwedel');
  assert.equal(slugify('Kreisstadt'), 'kreisstadt');
});

test('a name in another script alone gives an empty slug', () => {
  assert.equal(slugify('Тверь'), '');
});
