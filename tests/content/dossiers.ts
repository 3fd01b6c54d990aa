/** The index of the research dossiers (quizzes/dossiers/*.md) for content tests: read once, from disk. */
import fs from 'node:fs';
import path from 'node:path';
import { indexerDossiers, lirePointsDossier, type IndexDossiers } from '@site/src/domain/qualite/dossiers';

export const DOSSIERS_DIR = path.resolve(__dirname, '..', '..', 'quizzes', 'dossiers');

export function indexDesDossiers(): IndexDossiers {
  const lire = (nom: 'referentiel' | 'complements') => lirePointsDossier(nom, fs.readFileSync(path.join(DOSSIERS_DIR, `dossier-${nom}.md`), 'utf8'));
  return indexerDossiers([...lire('referentiel'), ...lire('complements')]);
}
