/**
 * The LRS origins a build of the site may send statements to. They are fixed at
 * build time (LRS_ORIGINS, read by docusaurus.config.ts through
 * src/plugins/lrs-origines.ts) because the site's Content-Security-Policy
 * (src/plugins/csp.ts) allows `connect-src 'self'` plus exactly these origins. Pure functions.
 */

const ORIGIN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Parses LRS_ORIGINS: comma-separated origins an LRS may be reached at
 * (`https://lrs.mon-centre.fr,https://lrs.autre.fr:8443`), empty by default. Only
 * https, no path, no wildcard, no user name: the list goes verbatim into the
 * policy's `connect-src`. Throws a French message naming the bad entry.
 */
export function parseLrsOrigins(raw: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (raw ?? '').split(',')) {
    const value = part.trim();
    if (value === '') continue;
    const refuse = (why: string): never => {
      throw new Error(
        `LRS_ORIGINS invalide : « ${value} » ${why}. Attendu : des origines https séparées par des virgules, ` +
          `par exemple LRS_ORIGINS=https://lrs.mon-centre.fr,https://lrs.autre.fr:8443 (sans chemin). ` +
          `Corrigez la variable puis relancez la construction.`,
      );
    };
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return refuse("n'est pas une adresse");
    }
    if (url.protocol !== 'https:') refuse("n'est pas en https (le site ne parle à un LRS qu'en https)");
    if (url.username || url.password) refuse("contient un identifiant : il ne doit jamais figurer dans l'adresse");
    if (url.pathname !== '/' || url.search || url.hash || /^https:\/\/[^/]+\/./i.test(value) || /[?#]/.test(value)) {
      refuse("contient un chemin : donnez seulement l'origine (https://hôte ou https://hôte:port)");
    }
    if (!ORIGIN_HOST.test(url.hostname)) refuse("n'a pas un nom d'hôte valable (pas de joker * ni de caractère spécial)");
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
