/**
 * Modules imported with `?serveur` (src/plugins/serveur-seulement.js): the module itself in the
 * server build (the page's HTML), `null` in the browser's (nothing shipped with the page).
 */
declare module '@site/src/components/Glossaire/Liste?serveur' {
  import type ListeGlossaire from '@site/src/components/Glossaire/Liste';

  const liste: typeof ListeGlossaire | null;
  export default liste;
}

declare module '@site/src/components/Referentiel?serveur' {
  import type CompetencesDuBloc from '@site/src/components/Referentiel';

  const bloc: typeof CompetencesDuBloc | null;
  export default bloc;
}
