/**
 * `npm run bench`: timings of the pure engine (src/build/mesures/moteur.ts, where the
 * fixtures, the targets and the verdict live). Prints the table; exit code 1 when a
 * target is missed.
 */
import { mesurerMoteur, objectifsTenus, tableauMoteur } from '../src/build/mesures/moteur';

const mesures = mesurerMoteur();
console.log(tableauMoteur(mesures));
process.exitCode = objectifsTenus(mesures.resultats) ? 0 : 1;
