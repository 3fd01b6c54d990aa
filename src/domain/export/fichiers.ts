/**
 * The trainers' downloads as the « Pour les formateurs » page lists them: written
 * at build time (src/build/exports/exports.ts), read by the page (pure data).
 */
import type { BlocId } from '../../referentiel';

export const FORMATS = ['gift', 'moodle-xml', 'h5p-official', 'scorm', 'xapi'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: unknown): value is Format {
  return typeof value === 'string' && (FORMATS as readonly string[]).includes(value);
}

export interface FichierExport {
  readonly format: Format;
  readonly bloc: BlocId;
  /** Path relative to the output folder, with « / ». */
  readonly chemin: string;
  readonly titre: string;
  readonly octets: number;
  readonly questions?: number;
  /** Revision cards in an H5P.Dialogcards package. */
  readonly cartes?: number;
  readonly omises?: readonly { readonly id: string; readonly raison: string }[];
}

/** One of our H5P packages offered for download (built from an activity of the site). */
export interface PaquetH5P {
  readonly id: string;
  readonly titre: string;
  /** Path relative to the base URL. */
  readonly chemin: string;
  readonly octets: number;
}
