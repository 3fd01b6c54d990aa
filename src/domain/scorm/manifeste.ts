/**
 * imsmanifest.xml of a SCORM 1.2 package: one organization, one item, one SCO
 * resource (index.html) listing every file of the package. Pure.
 *
 * `xsi:schemaLocation` names the schema of each namespace the manifest uses
 * (IMS CP 1.1.2, ADL SCORM 1.2), and the package holds those files at its root
 * (SCHEMAS_SCORM, written for this project in src/build/scorm/schemas/: the 2001 files of
 * IMS carry no licence to redistribute). The IMS metadata schema
 * (imsmd_rootv1p2p1.xsd) is not named: no element of the manifest is in its
 * namespace, and a strict checker looks for every file that is named.
 */
import { escapeXml } from '../export/moodleXml';

/** Namespace → schema file, as named in xsi:schemaLocation (ims_xml.xsd is imported by the IMS CP one). */
export const SCHEMAS_SCORM = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
} as const;

/** Every schema file a package holds at its root. */
export const FICHIERS_SCHEMAS: readonly string[] = [...Object.values(SCHEMAS_SCORM), 'ims_xml.xsd'];

export interface ModuleScorm {
  /** Identifier (letters, digits, dashes). */
  readonly id: string;
  readonly titre: string;
  /** Every file of the package except imsmanifest.xml, relative paths. */
  readonly fichiers: readonly string[];
  /** Mastery score, 0–100. */
  readonly seuil: number;
}

export function manifesteScorm(m: ModuleScorm): string {
  const id = m.id.replace(/[^A-Za-z0-9_.-]/g, '-');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="moniteur-atelier-${id}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `  xsi:schemaLocation="${Object.entries(SCHEMAS_SCORM).map(([ns, fichier]) => `${ns} ${fichier}`).join(' ')}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="organisation">',
    '    <organization identifier="organisation">',
    `      <title>${escapeXml(m.titre)}</title>`,
    '      <item identifier="module" identifierref="ressource" isvisible="true">',
    `        <title>${escapeXml(m.titre)}</title>`,
    `        <adlcp:masteryscore>${Math.round(m.seuil)}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    '    <resource identifier="ressource" type="webcontent" adlcp:scormtype="sco" href="index.html">',
    ...m.fichiers.map((f) => `      <file href="${escapeXml(f)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
