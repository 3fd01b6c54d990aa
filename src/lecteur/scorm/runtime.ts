/**
 * Run-time of our SCORM 1.2 module (bundled by esbuild into the package's
 * lecteur.js). It plays the module's activities with the site's plain-DOM player
 * (src/lecteur/lecteur.ts), finds the LMS's API (parent frames, then opener),
 * restores the saved state from cmi.suspend_data, and after every change reports
 * cmi.core.score.raw/min/max, cmi.core.lesson_status and cmi.suspend_data
 * (at most 4,096 characters). Without an LMS (file opened on its own), it works
 * the same, keeps the answers in this browser and says that nothing is reported.
 */
import type { Activite } from '../../domain/activite';
import type { FormuleH5P } from '../../domain/h5p/contenu';
import { SessionScorm, trouverApi, type Statut } from '../../domain/scorm/api';
import { decoderSuspension, encoderSuspension, type EtatModule } from '../../domain/scorm/suspension';
import { Lecteur } from '../lecteur';

interface Donnees {
  readonly id: string;
  readonly titre: string;
  readonly seuil: number;
  readonly activites: readonly Activite[];
  readonly formules: readonly FormuleH5P[];
}

const CLE_LOCALE = (id: string) => `moniteur-atelier-scorm/${id}`;

function lireLocal(id: string): string {
  try {
    return window.localStorage.getItem(CLE_LOCALE(id)) ?? '';
  } catch {
    return '';
  }
}

function ecrireLocal(id: string, value: string): void {
  try {
    window.localStorage.setItem(CLE_LOCALE(id), value);
  } catch {
    // storage refused: the module still works for this visit
  }
}

function demarrer(): void {
  const script = document.getElementById('module-donnees');
  if (!script) return;
  const donnees = JSON.parse(script.textContent ?? '{}') as Donnees;
  const debut = Date.now();
  const session = new SessionScorm(trouverApi(window));
  const { suspension } = session.demarrer();
  const etats = decoderSuspension(donnees.activites, session.connectee ? suspension : lireLocal(donnees.id));
  const statutPlateforme = document.getElementById('etat-plateforme');
  if (statutPlateforme) {
    statutPlateforme.textContent = session.connectee
      ? 'Vos réponses et votre résultat sont enregistrés par votre plateforme de formation.'
      : "Ce module est ouvert hors d'une plateforme de formation : vos réponses restent dans ce navigateur et aucun résultat n'est transmis.";
  }
  const lecteurs: Lecteur[] = [];
  let fini = false;

  const sauver = () => {
    const courant: EtatModule = Object.fromEntries(lecteurs.map((l, i) => [donnees.activites[i]!.id, l.getCurrentState()]));
    const { texte } = encoderSuspension(donnees.activites, courant);
    let obtenus = 0;
    let total = 0;
    for (const l of lecteurs) {
      obtenus += l.getScore();
      total += l.getMaxScore();
    }
    const score = total > 0 ? (obtenus / total) * 100 : 0;
    fini = lecteurs.every((l) => l.termine());
    const statut: Statut = fini ? (score + 1e-9 >= donnees.seuil ? 'passed' : 'failed') : 'incomplete';
    session.rapporter({ score, statut }, texte);
    if (!session.connectee) ecrireLocal(donnees.id, texte);
    document.documentElement.dataset.statut = statut;
    document.documentElement.dataset.score = String(Math.round(score * 100) / 100);
  };

  donnees.activites.forEach((activite, i) => {
    const conteneur = document.getElementById(`activite-${i}`);
    if (!conteneur) return;
    const lecteur = new Lecteur({
      lecture: { ok: true, activite, formules: donnees.formules },
      uid: `m${i}`,
      graine: `scorm:${activite.id}`,
      etat: etats[activite.id],
      rappels: { change: sauver, completed: sauver },
    });
    lecteurs.push(lecteur);
    lecteur.attach(conteneur);
  });
  sauver();
  let termine = false;
  const quitter = () => {
    if (termine) return;
    termine = true;
    sauver();
    session.terminer((Date.now() - debut) / 1000, fini);
  };
  window.addEventListener('pagehide', quitter);
  window.addEventListener('beforeunload', quitter);
  document.documentElement.dataset.pret = session.connectee ? 'plateforme' : 'autonome';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', demarrer);
else demarrer();
