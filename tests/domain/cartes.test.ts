import { checkCartes } from '@site/src/domain/cartes/check';
import { carteCourante, debuterRevision, repondre, retourner, revoir, tourTermine, type EtatRevision } from '@site/src/domain/cartes/revision';
import type { JeuDeCartes } from '@site/src/domain/cartes/types';

const jeu: JeuDeCartes = {
  kind: 'cartes',
  id: 'essai',
  titre: 'Essai',
  bloc: 'B1',
  criteres: ['B1.C5.CR2'],
  cartes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, recto: `Question ${id} ?`, verso: `Réponse ${id}.` })),
};

test('a valid set has no problem', () => {
  expect(checkCartes(jeu)).toEqual([]);
});

test('problems name the set, the card and what to change', () => {
  const mauvais = {
    ...jeu,
    criteres: ['B9.C1.CR1'],
    cartes: [...jeu.cartes.slice(0, 4), { id: 'a', recto: 'x'.repeat(300), verso: '' }, { id: 'Pas Bon', recto: 'Q ?', verso: 'R.' }],
  };
  const p = checkCartes(mauvais).map((x) => `${x.question ?? '-'} ${x.champ} : ${x.message}`);
  expect(p).toEqual([
    '- criteres : critère inconnu « B9.C1.CR1 » : voyez src/referentiel/referentiel.ts',
    'a id : identifiant « a » déjà utilisé dans ce jeu',
    'a recto : 300 caractères : au plus 220 (une carte se lit d\'un coup d\'œil, sur un téléphone)',
    'a verso : verso manquant',
    'Pas Bon id : identifiant en minuscules et tirets',
  ]);
  expect(checkCartes({ ...jeu, cartes: jeu.cartes.slice(0, 2) }).map((x) => x.message)).toEqual(['2 carte(s) : entre 6 et 40 par jeu']);
  expect(checkCartes(null).length).toBeGreaterThan(3);
});

function jouer(etat: EtatRevision, sues: readonly string[]): EtatRevision {
  let e = etat;
  while (!tourTermine(e)) {
    const carte = carteCourante(jeu, e)!;
    expect(repondre(e, true)).toBe(e); // not turned over yet: nothing happens
    e = repondre(retourner(e), sues.includes(carte.id));
  }
  return e;
}

test('a round shows every card once, in a seeded order, and keeps what the learner said', () => {
  const e = debuterRevision(jeu, 'graine');
  expect([...e.pile].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  expect(debuterRevision(jeu, 'graine').pile).toEqual(e.pile);
  expect(debuterRevision(jeu, 'autre').pile).not.toEqual(e.pile);
  const fin = jouer(e, ['a', 'c', 'e']);
  expect([...fin.sues].sort()).toEqual(['a', 'c', 'e']);
  expect([...fin.aRevoir].sort()).toEqual(['b', 'd', 'f']);
  expect(carteCourante(jeu, fin)).toBeNull();
  expect(retourner(fin)).toBe(fin);
});

test('the next round holds only the cards to revise; none left, no round', () => {
  const fin = jouer(debuterRevision(jeu, 'g'), ['a', 'b', 'c', 'd']);
  expect(revoir(debuterRevision(jeu, 'g'), 'g')).toBeNull(); // round not over
  const tour2 = revoir(fin, 'g')!;
  expect(tour2.tour).toBe(2);
  expect([...tour2.pile].sort()).toEqual(['e', 'f']);
  const fin2 = jouer(tour2, ['e', 'f']);
  expect(revoir(fin2, 'g')).toBeNull();
});
