import { importerFichiers, TABLEAU_VIDE } from './src/domain/formateur/tableau-cohorte';
import { passeportsCohorte } from './src/build/mesures/passeports';
const REVISION = 'abc123def456';
const cohorte = passeportsCohorte(200, { revisionContenu: REVISION, traces: 300 }).map((p, i) => ({ nom: `passeport-${i + 1}.json`, texte: p.texte }));
const t0 = performance.now();
importerFichiers(TABLEAU_VIDE, cohorte, { revisionContenu: REVISION });
console.log('ms', performance.now() - t0);
