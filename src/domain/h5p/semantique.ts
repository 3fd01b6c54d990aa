/**
 * H5P semantics (the `semantics.json` of a content-type library), as data:
 * - `semanticsProblems` checks a semantics file against the format rules of H5P
 *   (field types, required attributes, list/group structure, select options…);
 * - `contentProblems` checks a `content.json` (the content's parameters) against a
 *   semantics file, for the field types our packages use: text, number, boolean,
 *   select, list, group, library. H5P hosts (Moodle, WordPress, Lumi) validate
 *   content this way: what passes here is what they accept.
 * Pure functions: no file access.
 */

export type FieldType = 'text' | 'number' | 'boolean' | 'group' | 'list' | 'select' | 'library' | 'image' | 'file' | 'video' | 'audio';

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

const TYPES: ReadonlySet<string> = new Set(['text', 'number', 'boolean', 'group', 'list', 'select', 'library', 'image', 'file', 'video', 'audio']);
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
    if (typeof f.type !== 'string' || !TYPES.has(f.type)) {
      out.push(`${where} : type inconnu « ${String(f.type)} »`);
      return;
    }
    if (f.label !== undefined && typeof f.label !== 'string') out.push(`${where} : label doit être un texte`);
    if (f.optional !== undefined && typeof f.optional !== 'boolean') out.push(`${where} : optional doit être un booléen`);
    if (f.importance !== undefined && !['low', 'medium', 'high'].includes(String(f.importance))) out.push(`${where} : importance invalide`);
    switch (f.type) {
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
      default:
        break;
    }
  };
  checkFields(semantics, 'semantics');
  return out;
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
          if (f.widget !== 'html' && /<\s*[a-z!/]/i.test(v)) out.push(`${path} : balise HTML dans un texte simple`);
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
        const allowed = (f.options ?? []).map(String);
        if (!allowed.includes(v.library)) out.push(`${path} : bibliothèque « ${v.library} » non autorisée (${allowed.join(', ')})`);
        if (v.subContentId !== undefined && (typeof v.subContentId !== 'string' || !/^[0-9a-f-]{36}$/.test(v.subContentId))) {
          out.push(`${path}.subContentId : identifiant invalide`);
        }
        const sub = options.libraries?.get(v.library.split(' ')[0]!);
        if (sub) checkGroupFields(v.params, sub, `${path}.params`);
        break;
      }
      default:
        break;
    }
  };
  checkGroupFields(params, semantics, 'content');
  return out;
}
