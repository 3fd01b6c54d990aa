/**
 * The lessons of the site, read from docs/ (Node only): front matter (compétences
 * and critères taught) and the activities each page embeds.
 *
 * A lesson is an MDX page of a bloc folder (docs/bloc-N/…), other than the bloc's
 * landing page (index.mdx).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export interface Page {
  /** Path relative to the site, e.g. docs/bloc-1/accueil.mdx. */
  readonly fichier: string;
  /** Route without base URL, e.g. /cours/bloc-1/accueil. */
  readonly route: string;
  readonly titre: string;
  readonly estLecon: boolean;
  readonly bloc: string | null;
  readonly competences: readonly unknown[];
  readonly criteres: readonly unknown[];
  readonly frontMatter: Record<string, unknown>;
  /** Activities embedded with <Quiz id>, <CasPratique id>, <H5P id>. */
  readonly activites: readonly { composant: string; id: string; ligne: number }[];
  readonly texte: string;
}

const EMBED = /<(Quiz|CasPratique|H5P)\s+[^>]*?id="([^"]+)"/g;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return mdxFiles(full);
    return /\.mdx?$/.test(entry) ? [full] : [];
  });
}

function routeOf(relative: string, frontMatter: Record<string, unknown>): string {
  const withoutExt = relative.replace(/^docs\//, '').replace(/\.mdx?$/, '');
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : null;
  if (slug) return slug.startsWith('/') ? `/cours${slug}` : `/cours/${path.posix.join(path.posix.dirname(withoutExt), slug)}`;
  return `/cours/${withoutExt.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
}

export function readPages(siteDir: string): Page[] {
  const docs = path.join(siteDir, 'docs');
  return mdxFiles(docs)
    .sort()
    .map((full) => {
      const fichier = path.relative(siteDir, full).split(path.sep).join('/');
      const source = readFileSync(full, 'utf8');
      const parsed = matter(source);
      const fm = parsed.data as Record<string, unknown>;
      const bloc = /^docs\/bloc-(\d)\//.exec(fichier);
      const activites = [...parsed.content.matchAll(EMBED)].map((m) => ({
        composant: m[1]!,
        id: m[2]!,
        ligne: source.slice(0, source.indexOf(m[0])).split('\n').length,
      }));
      return {
        fichier,
        route: routeOf(fichier, fm),
        titre: typeof fm.title === 'string' ? fm.title : fichier,
        estLecon: Boolean(bloc) && !fichier.endsWith('/index.mdx'),
        bloc: bloc ? `B${bloc[1]}` : null,
        competences: Array.isArray(fm.competences) ? fm.competences : [],
        criteres: Array.isArray(fm.criteres) ? fm.criteres : [],
        frontMatter: fm,
        activites,
        texte: parsed.content,
      };
    });
}

/** Words of a lesson's teaching text (without front matter, JSX tags and imports). */
export function wordCount(texte: string): number {
  const prose = texte
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/[#*_`|>-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
