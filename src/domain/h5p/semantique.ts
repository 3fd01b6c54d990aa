/**
 * H5P semantics (the `semantics.json` of a content-type library), as data:
 * - `semanticsProblems` checks a semantics file against the format rules of H5P
 *   (field types, required attributes, list/group structure, select options…);
 * - `contentProblems` checks a `content.json` (the content's parameters) against a
 *   semantics file, for the field types our packages use: text (plain, or HTML
 *   with the tags the field allows), number, boolean, select, list, group, library
 *   (sub-contents, checked against their own semantics), image, video, audio, file. H5P hosts (Moodle, WordPress, Lumi) validate
 *   content this way: what passes here is what they accept.
 * Pure functions: no file access.
 */
import { assertNever, horsUnion } from '../exhaustif';

const FIELD_TYPES = ['text', 'number', 'boolean', 'group', 'list', 'select', 'library', 'image', 'file', 'video', 'audio'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly label?: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly default?: unknown;
  readonly importance?: 'low' | 'medium' | 'high';
  readonly common?: boolean;
  readonly widget?: string;
  // text
  readonly maxLength?: number;
  readonly regexp?: { readonly pattern: string; readonly modifiers?: string };
  readonly tags?: readonly string[];
  readonly enterMode?: string;
  readonly placeholder?: string;
  // number
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly decimals?: number;
  readonly unit?: string;
  // list
  readonly entity?: string;
  readonly field?: Field;
  readonly defaultNum?: number;
  // group
  readonly fields?: readonly Field[];
  readonly isSubContent?: boolean;
  readonly expanded?: boolean;
  // select, library
  readonly options?: readonly ({ readonly value: string | number | boolean; readonly label: string } | string)[];
  readonly [key: string]: unknown;
}

const isFieldType = (v: unknown): v is FieldType => (FIELD_TYPES as readonly unknown[]).includes(v);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Format problems of a semantics file (an array of fields). */
export function semanticsProblems(semantics: unknown): string[] {
  if (!Array.isArray(semantics) || semantics.length === 0) return ['semantics.json doit être un tableau de champs non vide'];
  const out: string[] = [];
  const checkFields = (fields: unknown[], path: string) => {
    const names = new Set<string>();
    fields.forEach((f, i) => {
      const where = `${path}[${i}]`;
      if (!isObj(f)) {
        out.push(`${where} : un champ doit être un objet`);
        return;
      }
      const name = f.name;
      if (typeof name !== 'string' || !NAME.test(name)) out.push(`${where} : nom de champ invalide « ${String(name)} »`);
      else if (names.has(name)) out.push(`${where} : nom de champ « ${name} » en double`);
      else names.add(name);
      checkField(f, `${path}.${typeof name === 'string' ? name : i}`);
    });
  };
  const checkField = (f: Record<string, unknown>, where: string) => {
    const type = f.type;
    if (!isFieldType(type)) {
      out.push(`${where} : type inconnu « ${String(type)} »`);
      return;
    }
    if (f.label !== undefined && typeof f.label !== 'string') out.push(`${where} : label doit être un texte`);
    if (f.optional !== undefined && typeof f.optional !== 'boolean') out.push(`${where} : optional doit être un booléen`);
    if (f.importance !== undefined && !['low', 'medium', 'high'].includes(String(f.importance))) out.push(`${where} : importance invalide`);
    switch (type) {
      case 'group':
        if (!Array.isArray(f.fields) || f.fields.length === 0) out.push(`${where} : un groupe a une liste « fields » non vide`);
        else checkFields(f.fields, where);
        break;
      case 'list':
        if (!isObj(f.field)) out.push(`${where} : une liste a un champ « field »`);
        else {
          if (typeof f.field.name !== 'string' || !NAME.test(f.field.name)) out.push(`${where}.field : nom invalide`);
          checkField(f.field, `${where}.field`);
        }
        if (f.min !== undefined && (!Number.isInteger(f.min) || (f.min as number) < 0)) out.push(`${where} : min doit être un entier positif`);
        if (f.max !== undefined && (!Number.isInteger(f.max) || (typeof f.min === 'number' && (f.max as number) < f.min))) out.push(`${where} : max invalide`);
        break;
      case 'select':
        if (!Array.isArray(f.options) || f.options.length === 0) out.push(`${where} : une liste de choix a des « options »`);
        else {
          const values = new Set<unknown>();
          for (const o of f.options) {
            if (!isObj(o) || !('value' in o) || typeof o.label !== 'string') out.push(`${where} : option sans value ou label`);
            else if (values.has(o.value)) out.push(`${where} : valeur d'option « ${String(o.value)} » en double`);
            else values.add(o.value);
          }
          if (f.default !== undefined && !values.has(f.default)) out.push(`${where} : la valeur par défaut n'est pas une option`);
        }
        break;
      case 'number':
        for (const k of ['min', 'max', 'step', 'decimals']) if (f[k] !== undefined && typeof f[k] !== 'number') out.push(`${where} : ${k} doit être un nombre`);
        if (typeof f.min === 'number' && typeof f.max === 'number' && f.min > f.max) out.push(`${where} : min > max`);
        break;
      case 'text':
        if (f.maxLength !== undefined && (!Number.isInteger(f.maxLength) || (f.maxLength as number) <= 0)) out.push(`${where} : maxLength invalide`);
        if (f.regexp !== undefined) {
          if (!isObj(f.regexp) || typeof f.regexp.pattern !== 'string') out.push(`${where} : regexp sans pattern`);
          else {
            try {
              new RegExp(f.regexp.pattern, typeof f.regexp.modifiers === 'string' ? f.regexp.modifiers : '');
            } catch {
              out.push(`${where} : regexp invalide`);
            }
          }
        }
        if (f.tags !== undefined && (!Array.isArray(f.tags) || !f.tags.every((t) => typeof t === 'string'))) out.push(`${where} : tags doit être une liste de textes`);
        break;
      case 'boolean':
        if (f.default !== undefined && typeof f.default !== 'boolean') out.push(`${where} : la valeur par défaut d'un booléen est true ou false`);
        break;
      case 'library':
        if (!Array.isArray(f.options) || !f.options.every((o) => typeof o === 'string' && /^[\w.]+ \d+\.\d+$/.test(o))) {
          out.push(`${where} : une bibliothèque liste ses options « Machine.Name majeur.mineur »`);
        }
        break;
      case 'image':
      case 'file':
      case 'video':
      case 'audio':
        // Nothing to check in the declaration of a file field.
        break;
      default:
        assertNever(type, 'type de champ');
    }
  };
  checkFields(semantics, 'semantics');
  return out;
}

const LIBRARY_KEYS: ReadonlySet<string> = new Set(['library', 'params', 'subContentId', 'metadata']);

/**
 * The tags H5P keeps in a text field that declares `tags` (H5P core's text
 * filter): div, span, p and br always, the declared tags, and their companions
 * (li with lists, table parts with table, strong with b, em with i, s with del/strike).
 */
export function allowedTags(tags: readonly string[]): Set<string> {
  const out = new Set(['div', 'span', 'p', 'br', ...tags]);
  if (out.has('table')) for (const t of ['tr', 'td', 'th', 'colgroup', 'thead', 'tbody', 'tfoot', 'caption']) out.add(t);
  if (out.has('b')) out.add('strong');
  if (out.has('i')) out.add('em');
  if (out.has('ul') || out.has('ol')) out.add('li');
  if (out.has('del') || out.has('strike')) out.add('s');
  return out;
}

/** The element names used in an HTML fragment (lower case). */
export function htmlTagsOf(value: string): string[] {
  return [...new Set([...value.matchAll(/<\s*\/?\s*([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()))];
}

/** Problems of content parameters against a semantics file. */
export function contentProblems(params: unknown, semantics: readonly Field[], options: { libraries?: ReadonlyMap<string, readonly Field[]> } = {}): string[] {
  const out: string[] = [];
  const checkGroupFields = (value: unknown, fields: readonly Field[], path: string) => {
    if (!isObj(value)) {
      out.push(`${path} : objet attendu`);
      return;
    }
    const known = new Set(fields.map((f) => f.name));
    for (const key of Object.keys(value)) {
      if (!known.has(key)) out.push(`${path}.${key} : champ absent de semantics.json`);
    }
    for (const f of fields) {
      const v = value[f.name];
      if (v === undefined || v === null) {
        if (!f.optional && f.default === undefined && f.type !== 'boolean' && f.type !== 'group' && f.type !== 'list') {
          out.push(`${path}.${f.name} : champ obligatoire manquant`);
        }
        continue;
      }
      checkValue(v, f, `${path}.${f.name}`);
    }
  };
  const checkValue = (v: unknown, f: Field, path: string) => {
    switch (f.type) {
      case 'text':
        if (typeof v !== 'string') out.push(`${path} : texte attendu`);
        else {
          if (f.maxLength !== undefined && v.length > f.maxLength) out.push(`${path} : texte trop long (${v.length} > ${f.maxLength})`);
          if (f.regexp && !new RegExp(f.regexp.pattern, f.regexp.modifiers ?? '').test(v)) out.push(`${path} : « ${v} » ne respecte pas le motif ${f.regexp.pattern}`);
          if (f.tags === undefined && f.widget !== 'html') {
            if (/<\s*[a-z!/]/i.test(v)) out.push(`${path} : balise HTML dans un texte simple`);
          } else if (f.tags !== undefined) {
            for (const tag of htmlTagsOf(v)) {
              if (!allowedTags(f.tags).has(tag)) out.push(`${path} : balise <${tag}> non autorisée ici (autorisées : ${[...allowedTags(f.tags)].join(', ')})`);
            }
          }
        }
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`${path} : nombre attendu`);
        else {
          if (f.min !== undefined && v < f.min) out.push(`${path} : ${v} < minimum ${f.min}`);
          if (f.max !== undefined && v > f.max) out.push(`${path} : ${v} > maximum ${f.max}`);
          if (f.decimals === undefined && f.step === undefined && !Number.isInteger(v)) out.push(`${path} : nombre entier attendu (aucune décimale déclarée)`);
        }
        break;
      case 'boolean':
        if (typeof v !== 'boolean') out.push(`${path} : booléen attendu`);
        break;
      case 'select': {
        const values = (f.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
        if (!values.includes(v as never)) out.push(`${path} : « ${String(v)} » n'est pas une option (${values.join(', ')})`);
        break;
      }
      case 'list':
        if (!Array.isArray(v)) out.push(`${path} : liste attendue`);
        else {
          if (f.min !== undefined && v.length < f.min) out.push(`${path} : au moins ${f.min} éléments`);
          if (f.max !== undefined && v.length > f.max) out.push(`${path} : au plus ${f.max} éléments`);
          v.forEach((item, i) => checkValue(item, f.field!, `${path}[${i}]`));
        }
        break;
      case 'group':
        // A group with a single field is stored as the bare value (H5P rule).
        if (f.fields && f.fields.length === 1 && !isObj(v)) checkValue(v, f.fields[0]!, path);
        else checkGroupFields(v, f.fields ?? [], path);
        break;
      case 'library': {
        if (!isObj(v) || typeof v.library !== 'string') {
          out.push(`${path} : sous-contenu attendu ({ library, params })`);
          break;
        }
        for (const key of Object.keys(v)) {
          if (!LIBRARY_KEYS.has(key)) out.push(`${path}.${key} : clé inconnue d'un sous-contenu (library, params, subContentId, metadata)`);
        }
        if (v.metadata !== undefined && !isObj(v.metadata)) out.push(`${path}.metadata : objet attendu`);
        const allowed = (f.options ?? []).map(String);
        if (!allowed.includes(v.library)) out.push(`${path} : bibliothèque « ${v.library} » non autorisée (${allowed.join(', ')})`);
        if (v.subContentId !== undefined && (typeof v.subContentId !== 'string' || !/^[0-9a-f-]{36}$/.test(v.subContentId))) {
          out.push(`${path}.subContentId : identifiant invalide`);
        }
        const sub = options.libraries?.get(v.library.split(' ')[0]!);
        if (sub) checkGroupFields(v.params, sub, `${path}.params`);
        break;
      }
      case 'image':
      case 'video':
      case 'audio':
      case 'file': {
        const items = f.type === 'video' || f.type === 'audio' ? (Array.isArray(v) ? v : [v]) : [v];
        for (const item of items) {
          if (!isObj(item) || typeof item.path !== 'string' || item.path === '') out.push(`${path} : fichier attendu ({ path, mime })`);
        }
        break;
      }
      default:
        // A semantics file not checked by semanticsProblems may hold another type: said, not thrown.
        out.push(`${path} : type de champ inconnu « ${String(horsUnion(f.type))} »`);
    }
  };
  checkGroupFields(params, semantics, 'content');
  return out;
}
