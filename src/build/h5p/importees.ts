/**
 * H5P packages imported with `npm run h5p:add <fichier.h5p> -- --id <id> --criteres …`.
 * This file is rewritten by that command; each entry names the critères the
 * activity assesses (checked by the compiler).
 */
import type { ActiviteH5P } from './registre';

export const H5P_IMPORTEES: readonly ActiviteH5P[] = [];
