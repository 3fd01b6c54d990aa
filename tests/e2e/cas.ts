/**
 * Paths of the site's case studies, read from their data: browser tests play a
 * case by the texts of its choices (shown in a shuffled order) without depending
 * on how a case is written today.
 */
import type { Locator, Page } from 'playwright-core';
import { ACTIVITES } from '@site/quizzes/index';
import { analyse } from '@site/src/domain/cas/graph';
import { bandeDe, QUALITE_LABELS, type Cas, type QualiteFin } from '@site/src/domain/cas/types';
import { plainText } from '@site/src/domain/texte/richText';
import { typographieActivite } from '@site/src/domain/texte/typographie';
import { activiteVivante } from './helpers';

export interface CheminJoue {
  /** Texts of the choices to click, in order (as the buttons read them). */
  readonly choix: readonly string[];
  /** « Issue favorable : <titre de la fin> ». */
  readonly titre: string;
  readonly qualite: string;
  readonly fin: string;
  /** Critères below full marks on this path, in the case's order. */
  readonly aRetravailler: readonly string[];
  readonly decisions: number;
  readonly debrief: number;
}

/** A path of the case whose points fall in the band (the best one for « optimale »). */
export function cheminDuCas(casId: string, qualite: QualiteFin): CheminJoue {
  const ecrit = ACTIVITES.find((a): a is Cas => a.kind === 'cas' && a.id === casId);
  if (!ecrit) throw new Error(`mise en situation ${casId} introuvable`);
  // Texts as on screen: the build gives them French typography (narrow no-break spaces).
  const cas = typographieActivite(ecrit);
  const chemins = [...analyse(cas).chemins].sort((a, b) => b.taux - a.taux || a.etapes.length - b.etapes.length);
  const chemin = chemins.find((c) => bandeDe(c.taux) === qualite);
  if (!chemin) throw new Error(`${casId} : aucun chemin « ${qualite} »`);
  return {
    choix: chemin.choix.map((c) => plainText(c.texte)),
    titre: `${QUALITE_LABELS[qualite]} : ${plainText(chemin.fin.titre)}`,
    qualite: QUALITE_LABELS[qualite],
    fin: plainText(chemin.fin.titre),
    aRetravailler: cas.criteres.filter((c) => (chemin.points[c] ?? 0) < (analyse(cas).maxParCritere[c] ?? 0)),
    decisions: chemin.etapes.length,
    debrief: cas.criteres.length,
  };
}

/** Starts the case study `casId` of the page, once its code is there; its section. */
export async function commencerLeCas(page: Page, casId: string): Promise<Locator> {
  await activiteVivante(page, casId);
  const cas = page.locator(`[data-cas="${casId}"]`);
  await cas.getByRole('button', { name: 'Commencer la mise en situation' }).click();
  return cas;
}

/**
 * Plays a case study of the page along a path of the band, each choice then « Continuer »,
 * and waits for its ending; returns the case's box and the path played.
 */
export async function jouerLeCas(page: Page, casId: string, qualite: QualiteFin): Promise<{ cas: Locator; chemin: CheminJoue }> {
  const cas = await commencerLeCas(page, casId);
  const chemin = cheminDuCas(casId, qualite);
  for (const choix of chemin.choix) {
    await cas.getByRole('button', { name: choix, exact: true }).click();
    await cas.getByRole('button', { name: 'Continuer' }).click();
  }
  await cas.getByText(chemin.titre).waitFor();
  return { cas, chemin };
}
