/**
 * The safe JSON reader (src/domain/texte/json.ts): size first, depth and string
 * lengths in one pass without recursion, forbidden keys at any depth however
 * they are written; never throws, and refuses a hostile file in milliseconds.
 */
import fc from 'fast-check';
import { cleInterdite, depassement, lireJson } from '@site/src/domain/texte/json';
import { forbiddenKey } from '@site/src/domain/journal/statement';

const LIMITES = { taille: 20 * 1024 * 1024, profondeur: 8, texte: 32 * 1024 };

test('any JSON value within the limits reads back as JSON.parse reads it, unless it has a forbidden key', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      const texte = JSON.stringify(v);
      const lu = lireJson(texte, { ...LIMITES, profondeur: 8 });
      const interdite = cleInterdite(JSON.parse(texte));
      return interdite ? !lu.ok && lu.raison.includes(`« ${interdite} »`) : lu.ok && JSON.stringify(lu.valeur) === texte;
    }),
    { numRuns: 500 },
  );
  expect(lireJson('{"":{"prototype":null}}', LIMITES).ok).toBe(false);
});

test('depth: refused at the first level past the limit, strings and escapes skipped', () => {
  expect(depassement('[[[[[[[[1]]]]]]]]', LIMITES)).toBeNull();
  expect(depassement('[[[[[[[[[1]]]]]]]]]', LIMITES)).toMatch(/^structure trop imbriquée \(plus de 8 niveaux\)/);
  // Brackets inside strings (escaped quotes included) are text, not structure.
  expect(depassement(`["${'['.repeat(100)}\\"${'{'.repeat(100)}"]`, LIMITES)).toBeNull();
});

test('18 MB nested 9 million levels: refused in milliseconds, without reading further', () => {
  const texte = `${'['.repeat(9_000_000)}${']'.repeat(9_000_000)}`;
  const debut = performance.now();
  const lu = lireJson(texte, LIMITES);
  const ms = performance.now() - debut;
  expect(lu).toEqual({ ok: false, raison: "structure trop imbriquée (plus de 8 niveaux) : ce fichier n'a pas été fait par ce site" });
  console.log(`18 Mo imbriqués sur 9 millions de niveaux : refusés en ${ms.toFixed(2)} ms`);
  expect(ms).toBeLessThan(1000);
});

test('a 1 MB string is refused before parsing; a text at the cap passes', () => {
  expect(lireJson(JSON.stringify({ r: 'x'.repeat(1024 * 1024) }), LIMITES)).toMatchObject({ ok: false, raison: expect.stringMatching(/^un texte du fichier est trop long/) });
  expect(lireJson(JSON.stringify({ r: 'x'.repeat(32 * 1024) }), LIMITES).ok).toBe(true);
});

test('forbidden keys at any depth, escaped or not, in objects inside arrays', () => {
  expect(lireJson('{"a":[{"b":{"\\u005f_proto__":1}}]}', LIMITES)).toEqual({
    ok: false,
    raison: 'le fichier contient une clé interdite (« __proto__ ») : il a été fabriqué ou modifié, il est refusé',
  });
  // 200,000 levels built without recursion: the walk has no stack to overflow.
  let profond: Record<string, unknown> = { constructor: 1 };
  for (let i = 0; i < 200_000; i += 1) profond = { a: [profond] };
  expect(cleInterdite(profond)).toBe('constructor');
  expect(forbiddenKey(profond)).toBe('constructor');
  expect(cleInterdite({ a: [1, 'b', null, { c: {} }] })).toBeNull();
});

test('size first, byte order mark ignored, empty and broken texts refused, never throws', () => {
  expect(lireJson('{}', { ...LIMITES, taille: 1 })).toMatchObject({ ok: false, raison: expect.stringMatching(/^fichier trop volumineux/) });
  expect(lireJson('\ufeff{"a":1}', LIMITES)).toEqual({ ok: true, valeur: { a: 1 } });
  expect(lireJson('', LIMITES)).toEqual({ ok: false, raison: 'le fichier est vide' });
  expect(lireJson('{"a":', LIMITES)).toMatchObject({ ok: false, raison: expect.stringMatching(/tronqué ou abîmé/) });
  expect(lireJson('{"a":1}', { ...LIMITES, objet: 'lien' })).toEqual({ ok: true, valeur: { a: 1 } });
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => typeof lireJson(s, LIMITES).ok === 'boolean'), { numRuns: 2000 });
});
