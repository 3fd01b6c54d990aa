/**
 * The interface texts of an official H5P library (test helper): every text field of
 * its semantics.json that has an English default, and what is wrong with the value
 * a package gives it (missing, left in English, placeholder lost).
 */
import type { Field } from '@site/src/domain/h5p/semantique';

/** Every text key of a semantics tree: where it sits in the parameters, its English default and its value. */
export function clesTexte(fields: readonly Field[], valeur: unknown, chemin = ''): { chemin: string; anglais: string; valeur: unknown }[] {
  const obj = (typeof valeur === 'object' && valeur !== null ? valeur : {}) as Record<string, unknown>;
  return fields.flatMap((f) => {
    const ici = chemin ? `${chemin}.${f.name}` : f.name;
    if (f.type === 'group' && f.fields) {
      // A group of one field is stored as the bare value (H5P rule).
      return f.fields.length === 1 ? clesTexte(f.fields, { [f.fields[0]!.name]: obj[f.name] }, chemin) : clesTexte(f.fields, obj[f.name], ici);
    }
    if (f.type === 'list' && f.field && Array.isArray(obj[f.name])) {
      return (obj[f.name] as unknown[]).flatMap((item, i) => clesTexte([f.field!], { [f.field!.name]: item }, `${ici}[${i}]`));
    }
    return f.type === 'text' && typeof f.default === 'string' ? [{ chemin: ici, anglais: f.default, valeur: obj[f.name] }] : [];
  });
}

/** @placeholders, :placeholders and %placeholders of a text. */
const marqueurs = (s: string) => [...new Set(s.match(/[@:%][A-Za-z]+/g) ?? [])].sort();

/** Problems of the text keys of one library's parameters, « <library> <path> : <what> ». */
export function problemesTextesH5P(name: string, semantics: readonly Field[], params: unknown, identiquesEnFrancais: readonly string[] = []): string[] {
  const identiques = new Set(identiquesEnFrancais);
  return clesTexte(semantics, params).flatMap(({ chemin, anglais, valeur }) => {
    if (typeof valeur !== 'string') return [`${name} ${chemin} : absent (la bibliothèque afficherait « ${anglais} »)`];
    const out: string[] = [];
    if (valeur === anglais && !identiques.has(chemin)) out.push(`${name} ${chemin} : laissé en anglais « ${anglais} »`);
    if (JSON.stringify(marqueurs(valeur)) !== JSON.stringify(marqueurs(anglais))) out.push(`${name} ${chemin} : « ${valeur} » ne garde pas les marqueurs ${marqueurs(anglais).join(' ')}`);
    return out;
  });
}
