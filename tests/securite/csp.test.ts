/**
 * The Content-Security-Policy written into the built pages (src/plugins/csp.ts):
 * LRS_ORIGINS validation, script hashes, where the meta element goes, and the
 * postBuild step on a small built site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  H5P_FRAME_BUNDLE,
  H5P_SCRIPT_IFRAME,
  appliquerCsp,
  directivesCsp,
  hashScript,
  inlineScripts,
  insererCsp,
  isExecutableScriptType,
  politiqueCsp,
} from '@site/src/plugins/csp';
import { parseLrsOrigins } from '@site/src/domain/xapi/origines';

const sha = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

describe('LRS_ORIGINS', () => {
  test('empty or absent: no LRS', () => {
    expect(parseLrsOrigins(undefined)).toEqual([]);
    expect(parseLrsOrigins('')).toEqual([]);
    expect(parseLrsOrigins(' , ')).toEqual([]);
  });

  test('https origins, normalised and without duplicates', () => {
    expect(parseLrsOrigins(' https://LRS.mon-centre.fr , https://lrs.autre.fr:8443/,https://lrs.mon-centre.fr:443')).toEqual([
      'https://lrs.mon-centre.fr',
      'https://lrs.autre.fr:8443',
    ]);
  });

  test.each([
    ['http://lrs.mon-centre.fr', "n'est pas en https"],
    ['lrs.mon-centre.fr', "n'est pas une adresse"],
    ['https://lrs.mon-centre.fr/xapi/', 'contient un chemin'],
    ['https://lrs.mon-centre.fr/?a=1', 'contient un chemin'],
    ['https://lrs.mon-centre.fr#x', 'contient un chemin'],
    ['https://moi:secret@lrs.mon-centre.fr', 'contient un identifiant'],
    ['https://*.mon-centre.fr', "n'a pas un nom d'hôte valable"],
    ["https://lrs.fr';script-src", "n'a pas un nom d'hôte valable"],
  ])('%s is refused with a French message naming it', (value, why) => {
    expect(() => parseLrsOrigins(`https://ok.fr,${value}`)).toThrow(`LRS_ORIGINS invalide : « ${value} » ${why}`);
  });
});

describe('inline scripts and their hashes', () => {
  test('the hash is the one a browser computes (sha256 of the UTF-8 text, base64)', () => {
    expect(hashScript('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashScript('é')).toBe(sha('é'));
    // The HTML parser turns CR LF into LF before the script exists.
    expect(hashScript('a\r\nb\rc')).toBe(sha('a\nb\nc'));
  });

  test('only scripts the browser runs are listed, with their raw text', () => {
    const html =
      '<html><head><script>a&amp;b</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>' +
      '<script type="module">m()</script><script type=" Text/JavaScript ">c()</script><script type="importmap">{}</script>' +
      '<script type="text/plain">no</script></head><body><script></script></body></html>';
    expect(inlineScripts(html)).toEqual(['a&amp;b', 'm()', 'c()', '{}', '']);
  });

  test.each([
    [undefined, true],
    ['', true],
    ['text/javascript', true],
    ['module', true],
    ['application/ld+json', false],
    ['application/json', false],
  ])('type %p runs: %p', (type, runs) => {
    expect(isExecutableScriptType(type)).toBe(runs);
  });
});

describe('the policy', () => {
  const politique = politiqueCsp({ scriptHashes: ["'sha256-A'", "'sha256-B'"], originesLrs: ['https://lrs.mon-centre.fr'] });

  test('has the required directives, and never unsafe-eval nor inline scripts', () => {
    expect(politique).toContain("script-src 'self' 'sha256-A' 'sha256-B';");
    expect(politique).toContain("connect-src 'self' https://lrs.mon-centre.fr;");
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "font-src 'self'", "worker-src 'self'", "manifest-src 'self'", "img-src 'self' data:"]) {
      expect(politique).toContain(d);
    }
    expect(politique).not.toContain('unsafe-eval');
    expect(directivesCsp({ scriptHashes: [], originesLrs: [] }).find((d) => d.startsWith('script-src '))).toBe("script-src 'self'");
    expect(politique).not.toContain('frame-ancestors');
  });

  test('unsafe-inline only for style attributes (and the style-src fallback of older browsers)', () => {
    const avecUnsafeInline = directivesCsp({ scriptHashes: [], originesLrs: [] }).filter((d) => d.includes("'unsafe-inline'"));
    expect(avecUnsafeInline).toEqual(["style-src 'self' 'unsafe-inline'", "style-src-attr 'unsafe-inline'"]);
  });
});

describe('where the meta element goes', () => {
  const meta = (p: string) => `<meta http-equiv="Content-Security-Policy" content="${p}">`;

  test('right after <meta charset>, before the first script', () => {
    const html = '<!doctype html><html lang=fr><head><meta charset=UTF-8><script>x()</script></head><body></body></html>';
    expect(insererCsp(html, "default-src 'self'")).toBe(
      `<!doctype html><html lang=fr><head><meta charset=UTF-8>${meta("default-src 'self'")}<script>x()</script></head><body></body></html>`,
    );
  });

  test('first in <head> when the page does not start with <meta charset>', () => {
    const html = '<html><head data-x="1"><title>t</title><meta charset="utf-8"></head></html>';
    expect(insererCsp(html, "default-src 'self'")).toBe(`<html><head data-x="1">${meta("default-src 'self'")}<title>t</title><meta charset="utf-8"></head></html>`);
  });

  test('a page without <head>, or with a policy already, stops the build', () => {
    expect(() => insererCsp('<p>x</p>', "default-src 'self'", 'a.html')).toThrow('a.html : aucune balise <head>');
    expect(() => insererCsp(`<html><head>${meta('x')}</head></html>`, "default-src 'self'", 'b.html')).toThrow('b.html : la page contient déjà');
  });

  test('a policy that would break the attribute is refused', () => {
    expect(() => insererCsp('<html><head></head></html>', 'a"b')).toThrow('caractère interdit');
  });
});

describe('postBuild on a built site', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (rel: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  };

  test('every page gets the same policy: the union of the inline scripts of the site, plus the H5P iframe script', () => {
    write('index.html', '<html><head><meta charset=UTF-8><script>theme()</script><script>banner()</script></head><body></body></html>');
    write('cours/a.html', '<html><head><meta charset=UTF-8><script>theme()</script></head><body><script type="application/ld+json">{}</script></body></html>');
    write('assets/js/x.js', 'console.log(1)');
    write(H5P_FRAME_BUNDLE, `x='<script>${H5P_SCRIPT_IFRAME}<\\/script>'`);
    const result = appliquerCsp(dir, ['https://lrs.mon-centre.fr']);
    expect(result.pages).toBe(2);
    expect(result.lecteurH5P).toBe(true);
    expect(result.scriptsEnLigne).toEqual([sha('banner()'), sha('theme()')].sort());
    const expected = [...[sha('banner()'), sha('theme()')].sort(), sha(H5P_SCRIPT_IFRAME)].join(' ');
    for (const page of ['index.html', 'cours/a.html']) {
      const html = readFileSync(path.join(dir, page), 'utf8');
      expect(html).toContain(`<meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${expected};`);
      expect(html).toContain("connect-src 'self' https://lrs.mon-centre.fr;");
    }
    expect(readFileSync(path.join(dir, 'assets/js/x.js'), 'utf8')).toBe('console.log(1)');
    // No temporary file is left behind.
    expect(readdirSync(path.join(dir, 'cours'))).toEqual(['a.html']);
  });

  test('a changed H5P player stops the build with what to update', () => {
    write('index.html', '<html><head></head></html>');
    write(H5P_FRAME_BUNDLE, "x='<script>autre()<\\/script>'");
    expect(() => appliquerCsp(dir, [])).toThrow(/n'écrit plus le script attendu[\s\S]*H5P_SCRIPT_IFRAME/);
  });

  test('without the H5P player, no H5P hash', () => {
    write('index.html', '<html><head></head></html>');
    const result = appliquerCsp(dir, []);
    expect(result.lecteurH5P).toBe(false);
    expect(result.politique).toContain("script-src 'self'; ");
  });
});
