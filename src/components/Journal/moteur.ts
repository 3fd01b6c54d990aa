/**
 * The learner's record engine (journal and profile stores: decoding, validation,
 * migrations, the référentiel they check ids against) and the browser storage
 * (IndexedDB, else localStorage). The provider loads it when a component first
 * needs the journal (`useJournal()`), so that it is not in the bundle every page
 * loads; until then `ready` is false and answers wait in memory (src/components/Journal).
 */
export { JournalStore } from '@site/src/domain/journal/store';
export { ProfilStore } from '@site/src/domain/profil/profil-store';
export { ouvrirStockage, secoursLocal } from '@site/src/lib/storage';
