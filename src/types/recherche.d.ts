/** Types of modules used by the offline search that ship none. lunr-languages: each module registers itself on the lunr instance it is given. */
declare module 'lunr-languages/lunr.stemmer.support' {
  const enregistrer: (lunr: unknown) => void;
  export default enregistrer;
}
declare module 'lunr-languages/lunr.fr' {
  const enregistrer: (lunr: unknown) => void;
  export default enregistrer;
}

/** Modules of @easyops-cn/docusaurus-search-local used by our search worker (src/lib/recherche-travail.ts). */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries' {
  import type { Requete } from '@site/src/domain/recherche/chercher';
  export function smartQueries(tokens: string[], zhDictionary: string[]): Requete[];
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults' {
  export function sortSearchResults(results: unknown[]): void;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults' {
  export function processTreeStatusOfSearchResults(results: unknown[]): void;
}
