/** Offline mode: which files are kept, under which URL, and the service worker's lookup keys. */
import { createHash } from 'node:crypto';
import { cleDeChemin, clesVoisines, construireManifeste, estExclu, urlDeFichier } from '@site/src/hors-ligne/manifeste';

const BASE = '/moniteur-atelier/';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('offline manifest', () => {
  test('pages are served without .html, as GitHub Pages does with trailingSlash: false', () => {
    expect(urlDeFichier('index.html', BASE)).toBe(BASE);
    expect(urlDeFichier('cours/bloc-1.html', BASE)).toBe(`${BASE}cours/bloc-1`);
    expect(urlDeFichier('cours/index.html', BASE)).toBe(`${BASE}cours/`);
    expect(urlDeFichier('assets/js/main.abc.js', BASE)).toBe(`${BASE}assets/js/main.abc.js`);
    expect(urlDeFichier('404.html', '/')).toBe('/404');
  });

  test('the search index, downloads for trainers and the worker itself are left to the network', () => {
    for (const f of ['sw.js', 'recherche/manifeste.json', 'h5p/paquets/x.h5p', 'sitemap.xml', 'assets/js/a.js.map', 'exports/moodle.xml']) expect(estExclu(f)).toBe(true);
    for (const f of ['index.html', 'activites/index.json', 'h5p/libraries/H5P.X-1.0/library.json', 'assets/css/styles.abc.css', 'manifest.webmanifest']) {
      expect(estExclu(f)).toBe(false);
    }
  });

  test('requests find their key whatever the form of the address', () => {
    expect(cleDeChemin(BASE, BASE)).toBe(BASE);
    expect(cleDeChemin('/moniteur-atelier', BASE)).toBe(BASE);
    expect(cleDeChemin(`${BASE}cours/bloc-1.html`, BASE)).toBe(`${BASE}cours/bloc-1`);
    expect(cleDeChemin(`${BASE}cours/index.html`, BASE)).toBe(`${BASE}cours/`);
    expect(cleDeChemin(`${BASE}cours/autod%C3%A9termination`, BASE)).toBe(`${BASE}cours/autodétermination`);
    expect(clesVoisines(`${BASE}cours/bloc-1`, BASE)).toEqual([`${BASE}cours/bloc-1/`]);
    expect(clesVoisines(`${BASE}cours/`, BASE)).toEqual([`${BASE}cours`]);
    expect(clesVoisines(BASE, BASE)).toEqual([]);
  });

  test('the version changes with any file, and only then', () => {
    const files = [
      { chemin: 'index.html', empreinte: 'a1' },
      { chemin: 'cours/bloc-1.html', empreinte: 'b2' },
      { chemin: 'recherche/manifeste.json', empreinte: 'c3' },
    ];
    const m = construireManifeste(files, BASE, sha);
    expect(m.entrees.map((e) => e.url)).toEqual([BASE, `${BASE}cours/bloc-1`]);
    expect(construireManifeste([...files].reverse(), BASE, sha).version).toBe(m.version);
    expect(construireManifeste([{ ...files[0]!, empreinte: 'a2' }, files[1]!], BASE, sha).version).not.toBe(m.version);
    expect(construireManifeste([...files.slice(0, 2), { chemin: 'recherche/manifeste.json', empreinte: 'zz' }], BASE, sha).version).toBe(m.version);
  });

  test('two files served at the same address stop the build', () => {
    expect(() => construireManifeste([{ chemin: 'a.html', empreinte: '1' }, { chemin: 'a', empreinte: '2' }], BASE, sha)).toThrow(/même adresse.*\/moniteur-atelier\/a/);
  });
});
