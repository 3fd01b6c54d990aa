/**
 * Where a build's time goes, read from its log: Docusaurus's phases (printed with
 * DOCUSAURUS_PERF_LOGGER=true) and the end-of-build steps our plugins time
 * ([SCORM], [CSP], [recherche]). `bench:scale` prints them for the real site and
 * the N× copy, so that the budget of seconds per 100 pages says what to work on.
 */

export const ETAPES_CONSTRUCTION = [
  { cle: 'contenus', titre: 'Chargement des contenus (leçons, activités, exports)', motif: /> Load plugins content - ([\d.]+) (ms|seconds)/ },
  { cle: 'assemblage', titre: 'Assemblage rspack (MDX, scripts, styles)', motif: /> Bundling with rspack - ([\d.]+) (ms|seconds)/ },
  { cle: 'rendu', titre: 'Rendu des pages (SSG)', motif: /> SSG - ([\d.]+) (ms|seconds)/ },
  { cle: 'finDeConstruction', titre: 'Fin de construction (postBuild)', motif: /> postBuild\(\) - ([\d.]+) (ms|seconds)/ },
  { cle: 'scorm', titre: '… dont modules SCORM', motif: /^\[SCORM\] .*\(([\d,]+) s\)\.$/m },
  { cle: 'csp', titre: '… dont politique de sécurité (CSP)', motif: /^\[CSP\] .*\(([\d,]+) s\)\.$/m },
  { cle: 'recherchePages', titre: '… dont pages lues pour la recherche', motif: /^\[recherche\] .*pages lues en ([\d,]+) s/m },
  { cle: 'rechercheIndex', titre: '… dont index de recherche écrit', motif: /^\[recherche\] .*index écrit en ([\d,]+) s/m },
] as const;

export type CleEtape = (typeof ETAPES_CONSTRUCTION)[number]['cle'];
export type EtapesConstruction = Partial<Record<CleEtape, number>>;

/** Seconds of each step found in the log (a step missing from it is left out). */
export function etapesDeConstruction(journal: string): EtapesConstruction {
  // eslint-disable-next-line no-control-regex -- the log keeps the terminal's colour codes
  const texte = journal.replace(/\u001b\[[0-9;]*m/g, '');
  const etapes: EtapesConstruction = {};
  for (const { cle, motif } of ETAPES_CONSTRUCTION) {
    const m = motif.exec(texte);
    if (!m) continue;
    const valeur = Number(m[1]!.replace(',', '.'));
    etapes[cle] = m[2] === 'ms' ? valeur / 1000 : valeur;
  }
  return etapes;
}
