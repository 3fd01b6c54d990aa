/**
 * The LRS origins a build of the site may send statements to. They are fixed at
 * build time (LRS_ORIGINS, read by docusaurus.config.ts through
 * src/plugins/lrs-origines.ts) because the site's Content-Security-Policy will
 * allow `connect-src 'self'` plus exactly these origins. Pure functions.
 */

/** Parses LRS_ORIGINS (comma-separated origins, empty by default). Throws a French message on a bad entry. */
export function parseLrsOrigins(raw: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (raw ?? '').split(',')) {
    const value = part.trim();
    if (value === '') continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`LRS_ORIGINS invalide : « ${value} » n'est pas une origine (attendu https://hôte ou https://hôte:port).`);
    }
    if (!/^https?:$/.test(url.protocol) || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
      throw new Error(`LRS_ORIGINS invalide : « ${value} » n'est pas une origine (attendu https://hôte ou https://hôte:port, sans chemin).`);
    }
    if (!out.includes(url.origin)) out.push(url.origin);
  }
  return out;
}

/** The `connect-src` directive of the site's Content-Security-Policy. */
export function connectSrc(origins: readonly string[]): string {
  return ["connect-src 'self'", ...origins].join(' ');
}

export type VerificationEndpoint = { readonly ok: true; readonly endpoint: string } | { readonly ok: false; readonly raison: string };

/** Checks an LRS endpoint typed in the settings page against the allowed origins. */
export function verifierEndpoint(raw: string, origins: readonly string[]): VerificationEndpoint {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, raison: `« ${value} » n'est pas une adresse web complète (exemple : https://lrs.mon-centre.fr/xapi/).` };
  }
  if (!/^https?:$/.test(url.protocol)) return { ok: false, raison: "L'adresse du LRS doit commencer par https://." };
  if (url.username || url.password) return { ok: false, raison: "N'écrivez pas d'identifiant dans l'adresse : utilisez le champ « clé d'écriture »." };
  if (!origins.includes(url.origin)) {
    const liste = origins.length > 0 ? ` Origines autorisées pour ce site : ${origins.join(', ')}.` : " Aucun LRS n'est autorisé pour ce site.";
    return {
      ok: false,
      raison: `L'adresse « ${url.origin} » n'est pas autorisée.${liste} Par sécurité, le site n'envoie des traces qu'aux LRS déclarés lors de sa construction : une formatrice ou un formateur doit ajouter « ${url.origin} » à la variable LRS_ORIGINS, puis reconstruire et republier le site.`,
    };
  }
  const endpoint = url.toString().replace(/\/?$/, '/');
  return { ok: true, endpoint };
}
