/**
 * The largest passport file the site reads: 20 MB, far above a year of practice
 * (about 5 MB for 20,000 answers). Apart from passeport.ts so that a page that only
 * checks a file's size or shows a summary does not load the passport's reader.
 */
export const PASSEPORT_TAILLE_MAX = 20 * 1024 * 1024;
