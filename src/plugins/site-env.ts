/**
 * Where the site is served. Locally: http://localhost:3000/ . CI and GitHub Pages
 * build under a sub-path (BASE_URL=/moniteur-atelier/) to prove sub-path hosting.
 * Node-side only (read by docusaurus.config.ts and the scripts).
 */
export interface SiteEnv {
  readonly url: string;
  readonly baseUrl: string;
  readonly organizationName: string;
  readonly projectName: string;
}

export function normaliseBaseUrl(raw: string | undefined): string {
  const value = (raw ?? '/').trim();
  if (value === '' || value === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~\-/]+\/?$/.test(value)) {
    throw new Error(
      `BASE_URL invalide : « ${value} ». Attendu un chemin comme /moniteur-atelier/ (lettres, chiffres, - _ . ~ et /).`,
    );
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

export function siteEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? 'moniteur-atelier/moniteur-atelier').split('/');
  return {
    url: (env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    baseUrl: normaliseBaseUrl(env.BASE_URL),
    organizationName: owner ?? 'moniteur-atelier',
    projectName: repo ?? 'moniteur-atelier',
  };
}
