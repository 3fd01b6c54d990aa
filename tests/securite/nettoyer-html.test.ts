/**
 * @jest-environment jsdom
 *
 * The sanitizer of imported H5P text (src/build/securite/nettoyer-html.ts, on
 * sanitize-html) against the classic filter-evasion vectors: each output, parsed
 * the way a browser parses it, holds only the allowed tags and attributes, and
 * no link that is not web, mail, an anchor or a path of the site.
 */
import { nettoyerHtml } from '@site/src/build/securite/nettoyer-html';

const PERMIS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'sub', 'sup', 'div', 'ul', 'li', 'dl', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'code', 'pre', 'hr', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr'].map((t) => [t, []]),
  ),
  a: ['href', 'title', 'target', 'rel'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  span: ['lang'],
  ol: ['start'],
};

const VECTEURS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">x</a>', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a href=" &#14;javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href="jav\tascript:alert(1)">x</a>', '<a href="java\0script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', '<a href="vbscript:msgbox(1)">x</a>', '<a href="//ailleurs.example/">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>', '<object data="x.swf"></object>', '<embed src="x.swf">', '<form action="javascript:alert(1)"><button>x</button></form>',
  '<p style="background:url(javascript:alert(1))">x</p>', '<div onclick="alert(1)">x</div>', '<body onload=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>', '<<script>script>alert(1)<</script>/script>', '<scr<script>ipt>alert(1)</script>',
  '<p>ok</p><!-- --><script>alert(1)</script>', '<!--<img src=x onerror=alert(1)>-->', '<![CDATA[<script>alert(1)</script>]]>',
  '<style>@import "javascript:alert(1)";</style>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<link rel=stylesheet href=javascript:alert(1)>',
  '<base href="javascript:/">', '<input autofocus onfocus=alert(1)>', '<details open ontoggle=alert(1)>', '<video><source onerror=alert(1)></video>',
  '<p title="&quot;><script>alert(1)</script>">x</p>', '<a href="https://ok.example" onmouseover="alert(1)">x</a>', '<span lang="fr" onclick="x">y</span>',
  '<table><td background="javascript:alert(1)">x</td></table>', '<xss style="behavior:url(x.htc)">x</xss>', '"><script>alert(1)</script>',
  '<img src="x` `<script>alert(1)</script>"` `>', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', '<textarea><script>alert(1)</script></textarea>',
];

/** What is not allowed in the output, as the browser reads it. */
function problemes(sortie: string): string[] {
  const modele = document.createElement('template');
  modele.innerHTML = sortie;
  const trouves: string[] = [];
  for (const el of modele.content.querySelectorAll('*')) {
    const balise = el.tagName.toLowerCase();
    const permis = PERMIS[balise];
    if (!permis) trouves.push(`balise <${balise}>`);
    for (const nom of el.getAttributeNames()) {
      if (!permis?.includes(nom)) trouves.push(`attribut ${balise}@${nom}`);
    }
    // eslint-disable-next-line no-control-regex -- browsers drop control characters and spaces inside a URL scheme: so does the check
    const href = el.getAttribute('href')?.replace(/[\u0000-\u0020]/g, '');
    if (href !== undefined && !/^(https?:|mailto:|#|\/(?!\/)|[^:/]*(\/|$))/i.test(href)) trouves.push(`lien ${href}`);
    if (el.getAttribute('target') === '_blank' && el.getAttribute('rel') !== 'noopener noreferrer') trouves.push('target="_blank" sans rel');
  }
  return trouves;
}

test.each(VECTEURS)('%s: nothing active left', (vecteur) => {
  expect(problemes(nettoyerHtml(vecteur))).toEqual([]);
});

test('what an author writes stays: text, emphasis, lists, tables, web links (a new tab only with rel="noopener noreferrer")', () => {
  const auteur = '<p>Le <strong>tutorat</strong> d’un <em>travailleur</em> : 1 &lt; 2 &amp; « ok »</p><ul><li>un</li></ul><table><tbody><tr><th scope="row">A</th><td colspan="2">B</td></tr></tbody></table>';
  expect(nettoyerHtml(auteur)).toBe(auteur);
  expect(nettoyerHtml('<a href="https://exemple.org/page" target="_blank">site</a>')).toBe('<a href="https://exemple.org/page" target="_blank" rel="noopener noreferrer">site</a>');
  expect(nettoyerHtml('<a href="https://exemple.org" target="_top" rel="opener">site</a>')).toBe('<a href="https://exemple.org">site</a>');
  expect(nettoyerHtml('<a href="//ailleurs.example/">x</a>')).toBe('<a>x</a>');
});
