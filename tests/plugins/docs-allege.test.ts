/**
 * The version data every lesson loads loses the lessons' descriptions (used only
 * by <DocCardList>, absent from this site) and nothing else; routes without it
 * are left as they are.
 */
import type { RouteConfig } from '@docusaurus/types';
import { horsMiseEnPage, sansDescriptions, sansListeDesLecons } from '@site/src/plugins/docs-allege';

const version = {
  pluginId: 'default',
  docsSidebars: { cours: [{ type: 'link', href: '/cours/a', label: 'A', docId: 'a' }] },
  docs: {
    a: { id: 'a', title: 'Leçon A', description: 'Longue description de la leçon A', sidebar: 'cours' },
    b: { id: 'b', title: 'Leçon B', description: 'Longue description de la leçon B' },
  },
};

describe('sansDescriptions', () => {
  it('retire la description des leçons des données de version, garde le reste', () => {
    const route: RouteConfig = { path: '/cours', component: 'DocVersionRoot', props: { version } };
    const allege = sansDescriptions(route).props as { version: typeof version };
    expect(allege.version.docs).toEqual({ a: { id: 'a', title: 'Leçon A', sidebar: 'cours' }, b: { id: 'b', title: 'Leçon B' } });
    expect(allege.version.docsSidebars).toBe(version.docsSidebars);
    expect(version.docs.a.description).toBe('Longue description de la leçon A');
  });

  it('descend dans les routes imbriquées et laisse les autres routes intactes', () => {
    const page: RouteConfig = { path: '/cours/a', component: 'DocItem', modules: { content: 'a.mdx' } };
    const racine: RouteConfig = { path: '/cours', component: 'DocsRoot', routes: [{ path: '/cours', component: 'DocVersionRoot', props: { version }, routes: [page] }] };
    const resultat = sansDescriptions(racine);
    const versionRoute = resultat.routes![0]!;
    expect(JSON.stringify(versionRoute.props)).not.toContain('Longue description');
    expect(versionRoute.routes![0]).toEqual(page);
  });
});

describe('sansListeDesLecons', () => {
  it('vide la liste des leçons de chaque version des données globales, garde chemins et barres latérales', () => {
    const donnees = {
      path: '/cours',
      versions: [{ name: 'current', path: '/cours', isLast: true, mainDocId: 'a', docs: [{ id: 'a', path: '/cours/a', sidebar: 'cours' }], draftIds: [], sidebars: { cours: { link: { path: '/cours/a', label: 'A' } } } }],
      breadcrumbs: true,
    };
    const allege = sansListeDesLecons(donnees) as typeof donnees;
    expect(allege.versions[0]!.docs).toEqual([]);
    expect({ ...allege.versions[0], docs: donnees.versions[0]!.docs }).toEqual(donnees.versions[0]);
    expect(allege.path).toBe('/cours');
    expect(donnees.versions[0]!.docs).toHaveLength(1);
    // Anything else (another plugin's shape) is left alone.
    expect(sansListeDesLecons({ autre: 1 })).toEqual({ autre: 1 });
  });
});

describe('horsMiseEnPage', () => {
  const doc = { source: '@site/docs/bloc-1/accueillir.mdx', tags: [], unlisted: false, editUrl: null, lastUpdatedAt: null, lastUpdatedBy: null };
  const version = { versionName: 'current', banner: null, badge: false, docs: [doc] };

  it('accepte une leçon que la mise en page montre en entier', () => {
    expect(horsMiseEnPage([version])).toEqual([]);
  });

  it('nomme la page et ce qui ne serait pas montré', () => {
    const problemes = horsMiseEnPage([
      { ...version, docs: [{ ...doc, tags: [{ label: 'ESAT' }], unlisted: true, editUrl: 'https://exemple.fr/edit', lastUpdatedAt: 1 }] },
    ]);
    expect(problemes).toHaveLength(4);
    for (const p of problemes) expect(p).toMatch(/^docs\/bloc-1\/accueillir\.mdx : /);
    expect(problemes.join('\n')).toMatch(/tags[\s\S]*unlisted[\s\S]*Modifier cette page[\s\S]*mise à jour/);
  });

  it('refuse une bannière ou un badge de version', () => {
    expect(horsMiseEnPage([{ ...version, badge: true }])[0]).toMatch(/version « current »/);
    expect(horsMiseEnPage([{ ...version, banner: 'unreleased' }])).toHaveLength(1);
  });
});
