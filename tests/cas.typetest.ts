/**
 * Compile-time proofs for case-study authors (checked by `tsc --noEmit`, never
 * run). Each `@ts-expect-error` fails the type check if its line ever compiles:
 * `defineCas` refuses an unknown node, a critère that is not the case's, a missing
 * debrief and a fact that is not declared in `drapeaux`.
 */
import { defineCas } from '@site/src/domain/cas/define';

const choix = { consequence: 'c', feedback: 'f' } as const;

export const valide = defineCas({
  id: 'valide',
  titre: 'Valide',
  bloc: 'B1',
  contexte: 'Un atelier.',
  criteres: ['B1.C1.CR1'],
  drapeaux: { prepare: 'Le poste a été préparé.' },
  debut: 'n1',
  noeuds: [
    {
      type: 'situation',
      id: 'n1',
      texte: 'Décision.',
      choix: [
        { ...choix, id: 'a', texte: 'A', suivant: 'fin', scores: { 'B1.C1.CR1': 2 }, pose: ['prepare'] },
        { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: { 'B1.C1.CR1': 0 }, piege: true },
      ],
    },
    { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'a-revoir'], variantes: [{ si: ['prepare'], texte: 'Préparé.' }] },
  ],
  debrief: { 'B1.C1.CR1': { texte: 'Préparer.' } },
});

export const noeudInconnu = defineCas({
  id: 'x',
  titre: 'X',
  bloc: 'B1',
  contexte: 'Un atelier.',
  criteres: ['B1.C1.CR1'],
  debut: 'n1',
  noeuds: [
    {
      type: 'situation',
      id: 'n1',
      texte: 'Décision.',
      choix: [
        // @ts-expect-error « ailleurs » is not a node of the case
        { ...choix, id: 'a', texte: 'A', suivant: 'ailleurs', scores: { 'B1.C1.CR1': 2 } },
        { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: {} },
      ],
    },
    { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale'] },
  ],
  debrief: { 'B1.C1.CR1': { texte: 'Préparer.' } },
});

export const critereEtranger = defineCas({
  id: 'x',
  titre: 'X',
  bloc: 'B1',
  contexte: 'Un atelier.',
  criteres: ['B1.C1.CR1'],
  debut: 'n1',
  noeuds: [
    {
      type: 'situation',
      id: 'n1',
      texte: 'Décision.',
      choix: [
        // @ts-expect-error B1.C2.CR1 is not a critère of this case
        { ...choix, id: 'a', texte: 'A', suivant: 'fin', scores: { 'B1.C2.CR1': 2 } },
        { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: {} },
      ],
    },
    { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale'] },
  ],
  debrief: { 'B1.C1.CR1': { texte: 'Préparer.' } },
});

export const faitNonDeclare = defineCas({
  id: 'x',
  titre: 'X',
  bloc: 'B1',
  contexte: 'Un atelier.',
  criteres: ['B1.C1.CR1'],
  drapeaux: { prepare: 'Le poste a été préparé.' },
  debut: 'n1',
  noeuds: [
    {
      type: 'situation',
      id: 'n1',
      texte: 'Décision.',
      choix: [
        // @ts-expect-error « note-ecrite » is not declared in drapeaux
        { ...choix, id: 'a', texte: 'A', suivant: 'fin', scores: { 'B1.C1.CR1': 2 }, pose: ['note-ecrite'] },
        { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: {} },
      ],
    },
    // @ts-expect-error an ending declares at least one band in « issues »
    { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: [] },
  ],
  debrief: { 'B1.C1.CR1': { texte: 'Préparer.' } },
});

export const sansDebrief = defineCas({
  id: 'x',
  titre: 'X',
  bloc: 'B1',
  contexte: 'Un atelier.',
  criteres: ['B1.C1.CR1'],
  debut: 'n1',
  noeuds: [
    {
      type: 'situation',
      id: 'n1',
      texte: 'Décision.',
      choix: [
        { ...choix, id: 'a', texte: 'A', suivant: 'fin', scores: { 'B1.C1.CR1': 2 } },
        { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: {} },
      ],
    },
    { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale'] },
  ],
  // @ts-expect-error the debrief must cover every critère of the case
  debrief: {},
});

/** What the cases below share: one decision between two choices, then an ending. */
const cadre = { id: 'x', titre: 'X', bloc: 'B1', contexte: 'Un atelier.', criteres: ['B1.C1.CR1'], debrief: { 'B1.C1.CR1': { texte: 'Préparer.' } } } as const;
const fin = { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale'] } as const;
const decision = {
  type: 'situation',
  id: 'n1',
  texte: 'Décision.',
  choix: [
    { ...choix, id: 'a', texte: 'A', suivant: 'fin', scores: { 'B1.C1.CR1': 2 } },
    { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: {} },
  ],
} as const;

export const debutInconnu = defineCas({
  ...cadre,
  // @ts-expect-error the start must be a node of the case
  debut: 'ailleurs',
  noeuds: [decision, fin],
});

export const faitDeNoeudNonDeclare = defineCas({
  ...cadre,
  drapeaux: { prepare: 'Le poste a été préparé.' },
  debut: 'n1',
  noeuds: [
    {
      type: 'situation',
      id: 'n1',
      texte: 'Décision.',
      // @ts-expect-error « absent » is not declared in drapeaux (a node's suppose)
      suppose: ['absent'],
      // @ts-expect-error « absent » is not declared in drapeaux (a choice's condition « si »)
      choix: [
        { ...choix, id: 'a', texte: 'A', suivant: 'fin', scores: { 'B1.C1.CR1': 2 }, pose: ['prepare'] },
        { ...choix, id: 'b', texte: 'B', suivant: 'fin', scores: {}, si: ['absent'] },
      ],
    },
    // @ts-expect-error « absent » is not declared in drapeaux (a variant of the text)
    { ...fin, variantes: [{ sauf: ['absent'], texte: 'Sans.' }] },
  ],
});
