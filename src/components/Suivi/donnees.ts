/**
 * Loading what the progress pages need from the static site: the index of
 * activities and lessons (/activites/index.json) and, on demand, the public
 * files and rubrics of quizzes (to assemble mock exams and review sessions).
 * Nothing is fetched during the build or at import time.
 */
import { useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { Banque, BanqueActivite } from '@site/src/domain/formateur/banque';
import type { PublicQuiz, Quiz } from '@site/src/domain/quiz/types';
import { loadRubric } from '../Activite/rubric';

export type EtatBanque = { readonly etat: 'chargement' } | { readonly etat: 'pret'; readonly banque: Banque } | { readonly etat: 'erreur'; readonly message: string };

const cache = new Map<string, Promise<Banque>>();

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} pour ${url}`);
  return (await response.json()) as T;
}

export function chargerBanque(url: string): Promise<Banque> {
  let pending = cache.get(url);
  if (!pending) {
    pending = getJson<Banque>(url).catch((error: unknown) => {
      cache.delete(url);
      throw error;
    });
    cache.set(url, pending);
  }
  return pending;
}

/** The index of activities and lessons; `erreur` says what to do when it cannot be loaded. */
export function useBanque(): EtatBanque {
  const url = useBaseUrl('/activites/index.json');
  const [etat, setEtat] = useState<EtatBanque>({ etat: 'chargement' });
  useEffect(() => {
    let actif = true;
    chargerBanque(url).then(
      (banque) => actif && setEtat({ etat: 'pret', banque }),
      (error: unknown) =>
        actif &&
        setEtat({
          etat: 'erreur',
          message: `La liste des activités n'a pas pu être chargée (${(error as Error).message}). Vérifiez votre connexion puis rechargez la page.`,
        }),
    );
    return () => {
      actif = false;
    };
  }, [url]);
  return etat;
}

export interface SourceQuiz {
  readonly public: PublicQuiz;
  readonly formules: Record<string, string>;
}

/** Public files of the given quizzes (without answers), keyed by activity id. */
export async function chargerPublics(base: string, activites: readonly BanqueActivite[]): Promise<Map<string, SourceQuiz>> {
  const entries = await Promise.all(
    activites.map(async (a) => {
      const file = await getJson<{ activite: PublicQuiz; formules: Record<string, string> }>(`${base}${a.public}`);
      return [a.id, { public: file.activite, formules: file.formules }] as const;
    }),
  );
  return new Map(entries);
}

/** Rubrics (answer keys) of the given quizzes, keyed by activity id. */
export async function chargerCorriges(base: string, activites: readonly BanqueActivite[]): Promise<{ quizzes: Map<string, Quiz>; formules: Record<string, string> }> {
  const files = await Promise.all(activites.map(async (a) => [a.id, await loadRubric(`${base}${a.rubrique}`)] as const));
  const formules: Record<string, string> = {};
  for (const [, f] of files) Object.assign(formules, f.formules);
  return { quizzes: new Map(files.map(([id, f]) => [id, f.activite as Quiz])), formules };
}
