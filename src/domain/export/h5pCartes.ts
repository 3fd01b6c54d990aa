/**
 * A set of revision cards as a content-only package of the official
 * H5P.Dialogcards type (for Moodle's H5P, WordPress, Lumi: hosts that have it),
 * in « repetition » mode: the cards the learner got wrong come back in the next
 * round, as on the site. No library is inside the package: h5p.json names the
 * version copied in h5p/officiels/ (a test compares them).
 *
 * Every text key of the library's semantics is written in French: the library's
 * language/fr.json (passed in: this module reads no file), then TEXTES_CARTES
 * where we say it as the site does (« Je savais » / « À revoir »).
 */
import type { JeuDeCartes } from '../cartes/types';
import { defaults, type Langue } from './h5pOfficiel';
import { escapeHtml, richToHtml } from './texte';

export const DIALOGCARDS = { machineName: 'H5P.Dialogcards', majorVersion: 1, minorVersion: 9 } as const;

/** Our words for the library's buttons: the same as the site's cards. */
export const TEXTES_CARTES: Readonly<Record<string, string>> = {
  answer: 'Retourner la carte',
  correctAnswer: 'Je savais',
  incorrectAnswer: 'À revoir',
  nextRound: 'Revoir les cartes du tour @round',
  summaryCardsRight: 'Cartes que vous saviez :',
  summaryCardsWrong: 'Cartes à revoir :',
};

export interface PaquetCartes {
  readonly jeuId: string;
  readonly h5pJson: Record<string, unknown>;
  readonly content: Record<string, unknown>;
  readonly cartes: number;
}

const html = (s: string) => richToHtml(s, { formules: 'texte' });

export function paquetCartes(jeu: JeuDeCartes, langue: Langue): PaquetCartes {
  const content = {
    ...defaults(langue.semantics, langue.fr.semantics ?? []),
    ...TEXTES_CARTES,
    title: `<p>${escapeHtml(jeu.titre)}</p>`,
    mode: 'repetition',
    ...(jeu.consigne ? { description: html(jeu.consigne) } : {}),
    dialogs: jeu.cartes.map((c) => ({
      text: html(c.recto),
      answer: html(c.source ? `${c.verso}\n\nSource : ${c.source}` : c.verso),
      tips: {},
    })),
  };
  const h5pJson = {
    title: jeu.titre,
    language: 'fr',
    defaultLanguage: 'fr',
    mainLibrary: DIALOGCARDS.machineName,
    embedTypes: ['iframe'],
    license: 'CC BY-SA',
    licenseVersion: '4.0',
    authors: [{ name: "Site d'entraînement « Moniteur d'atelier »", role: 'Author' }],
    preloadedDependencies: [{ ...DIALOGCARDS }],
  };
  return { jeuId: jeu.id, h5pJson, content, cartes: jeu.cartes.length };
}
