/**
 * The schema files a SCORM package names: every file named in the manifest's
 * xsi:schemaLocation (and every file those schemas import) is at the root of the
 * package, and every module's manifest validates against them with libxml2's
 * XML Schema validator (xmllint, compiled to WebAssembly: xmllint-wasm). The
 * schemas are ours (src/build/scorm/schemas/, written from the public information model
 * of IMS CP 1.1.2 and SCORM 1.2), so the validator is also shown refusing
 * manifests that break that model.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { ACTIVITES } from '@site/quizzes/index';
import { readPages } from '@site/src/build/lecons/lecons';
import { bundleScorm, paquetScorm, planModules } from '@site/src/build/scorm/construire';
import { FICHIERS_SCHEMAS, manifesteScorm } from '@site/src/domain/scorm/manifeste';
import { CHEMINS } from '@site/src/build/chemins';

const siteDir = path.resolve(__dirname, '..', '..');
const bundle = bundleScorm(siteDir);
const plans = planModules(readPages(siteDir), ACTIVITES);
const PAGE = '<!doctype html><html lang="fr"><body><main><article><h1>Titre</h1><p>Texte de la leçon.</p></article></main></body></html>';
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** The files named in xsi:schemaLocation, and those the schemas import or include. */
function nommes(manifeste: string, fichiers: Readonly<Record<string, Uint8Array>>): string[] {
  const loc = /xsi:schemaLocation="([^"]*)"/.exec(manifeste)?.[1] ?? '';
  const out = new Set(loc.trim().split(/\s+/).filter((_x, i) => i % 2 === 1));
  for (const f of [...out]) {
    const xsd = fichiers[f];
    if (!xsd) continue;
    for (const m of decode(xsd).matchAll(/<xsd:(?:import|include)[^>]*schemaLocation="([^"]+)"/g)) out.add(m[1]!);
  }
  return [...out];
}

/**
 * Validates manifests as a strict checker does: each namespace against the schema
 * that xsi:schemaLocation names for it (libxml2 does not follow schemaLocation
 * by itself, so one schema imports them all, as the manifest pairs them).
 */
async function valider(...manifestes: string[]) {
  const loc = (/xsi:schemaLocation="([^"]*)"/.exec(manifestes[0]!)?.[1] ?? '').trim().split(/\s+/);
  const imports = loc.filter((_x, i) => i % 2 === 0).map((ns, i) => `<xsd:import namespace="${ns}" schemaLocation="${loc[2 * i + 1]}"/>`);
  const racine = `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:essai:paquet">${imports.join('')}</xsd:schema>`;
  return validateXML({
    xml: manifestes.map((m, i) => ({ fileName: `imsmanifest-${i}.xml`, contents: m })),
    schema: { fileName: 'paquet.xsd', contents: racine },
    preload: FICHIERS_SCHEMAS.map((f) => ({ fileName: f, contents: decode(bundle.schemas[f]!) })),
  });
}

test('a package holds, at its root, every schema its manifest names (and what they import)', () => {
  expect(plans.length).toBeGreaterThan(0);
  const files = unzipSync(paquetScorm(plans[0]!, PAGE, bundle));
  const manifeste = decode(files['imsmanifest.xml']!);
  const attendus = nommes(manifeste, files);
  expect(attendus.sort()).toEqual([...FICHIERS_SCHEMAS].sort());
  for (const f of attendus) expect([f, files[f]?.byteLength ?? 0]).toEqual([f, readFileSync(path.join(siteDir, CHEMINS.schemasScorm, f)).byteLength]);
  expect(manifeste).not.toContain('imsmd_rootv1p2p1');
});

test('the manifest of every module validates against the packaged schemas', async () => {
  const manifestes = plans.map((plan) => decode(unzipSync(paquetScorm(plan, PAGE, bundle))['imsmanifest.xml']!));
  const r = await valider(...manifestes);
  expect(r.errors.map((e) => `${plans[Number(/imsmanifest-(\d+)/.exec(e.loc?.fileName ?? '')?.[1])]?.id} : ${e.message}`)).toEqual([]);
  expect(r.valid).toBe(true);
}, 60000);

test('the validator refuses a manifest that breaks the model (the check can fail)', async () => {
  const bon = manifesteScorm({ id: 'essai', titre: 'Essai', fichiers: ['index.html'], seuil: 70 });
  expect((await valider(bon)).valid).toBe(true);
  const cas = [
    bon.replace('<adlcp:masteryscore>70</adlcp:masteryscore>', '<adlcp:masteryscore>150</adlcp:masteryscore>'),
    bon.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="module"'),
    bon.replace(' identifier="ressource"', ''),
    bon.replace('<schemaversion>1.2</schemaversion>', '<schemaversion>1.2</schemaversion><inconnu/>'),
    manifesteScorm({ id: 'essai', titre: 'T'.repeat(201), fichiers: ['index.html'], seuil: 70 }),
  ];
  for (const xml of cas) expect((await valider(xml)).valid).toBe(false);
});
