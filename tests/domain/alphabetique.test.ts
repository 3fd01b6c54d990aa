/**
 * The glossary's order, computed without localeCompare (src/domain/texte/alphabetique.ts),
 * is the French collation order (case and accents ignored).
 */
import { alphabetique } from '@site/src/domain/texte/alphabetique';
import { GLOSSAIRE } from '@site/src/contenu/glossaire';

const francais = (mots: readonly string[]) => [...mots].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0));

describe('alphabetique', () => {
  it('range accents et majuscules comme le dictionnaire', () => {
    const mots = ['ESAT', 'Éducateur', 'EA', 'ergonomie', 'école', 'Ordonnancement', 'œuvre', 'CDAPH', 'cadence'];
    expect(alphabetique(mots, (m) => m)).toEqual(francais(mots));
  });

  it('donne au glossaire entier l’ordre de la collation française', () => {
    const termes = GLOSSAIRE.map((t) => t.terme);
    expect(alphabetique(termes, (t) => t)).toEqual(francais(termes));
  });
});
