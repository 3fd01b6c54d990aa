/**
 * The versioned document store shared by the journal and the profile
 * (src/domain/journal/document.ts): the version step is typed (a newer document
 * is known as such by its reader, whatever its wording), an unreadable document
 * is kept aside and never overwritten, a write is one commit with its companion
 * keys, or nothing.
 */
import { DocumentStore, MemoryStore, migrer, type Changements, type FormatDocument, type LectureDocument, type MessagesDocument } from '@site/src/domain/journal/document';
import { PROFIL_FORMAT, profilVide } from '@site/src/domain/profil/profil';
import { ProfilStore } from '@site/src/domain/profil/profil-store';

const NOW = new Date('2026-11-28T12:00:00Z');
const MESSAGES: MessagesDocument = {
  corrompu: (raison) => `illisible : ${raison}`,
  futur: 'plus récent',
  quarantaineImpossible: 'pas mis de côté',
  quota: 'plein',
  ecriture: 'échec',
};

interface Note {
  readonly v: 2;
  readonly texte: string;
}

/** A small document of version 2, whose reader words its refusals without the words « plus récente ». */
const NOTE: FormatDocument<Note> = {
  lire(texte): LectureDocument<Note> {
    const doc = JSON.parse(texte) as Record<string, unknown>;
    const versionne = migrer(doc, { version: 2, migrations: { 1: (d) => ({ ...d, version: 2, texte: String(d.ancien) }) } });
    if (!versionne.ok) return { ok: false, cause: versionne.cause === 'futur' ? 'futur' : 'illisible', raison: `refus n° ${versionne.cause}` };
    return { ok: true, valeur: { v: 2, texte: String(versionne.document.texte) } };
  },
  ecrire: (note) => JSON.stringify({ version: 2, texte: note.texte }),
};

const ouvrir = (kv: MemoryStore, options: { associees?: readonly string[] } = {}) =>
  DocumentStore.ouvrir(kv, { cle: 'doc', quarantaine: () => 'q', now: () => NOW, format: NOTE, vide: () => ({ v: 2, texte: '' }), messages: MESSAGES, ...options });

describe('the version step', () => {
  test('says why, typed: invalid version, newer version, missing or failing migration', () => {
    expect(migrer({ version: '1' }, { version: 1, migrations: {} })).toEqual({ ok: false, cause: 'version-invalide' });
    expect(migrer({ version: 0 }, { version: 1, migrations: {} })).toEqual({ ok: false, cause: 'version-invalide' });
    expect(migrer({ version: 3 }, { version: 2, migrations: {} })).toEqual({ ok: false, cause: 'futur', version: 3 });
    expect(migrer({ version: 1 }, { version: 2, migrations: {} })).toEqual({ ok: false, cause: 'migration-absente', version: 1 });
    const casse = () => {
      throw new Error('champ manquant');
    };
    expect(migrer({ version: 1 }, { version: 2, migrations: { 1: casse } })).toEqual({ ok: false, cause: 'migration-echouee', version: 1, erreur: 'champ manquant' });
  });

  test('brings an old document up to date, one version at a time', () => {
    const r = migrer({ version: 1, a: 1 }, { version: 3, migrations: { 1: (d) => ({ ...d, version: 2, b: 2 }), 2: (d) => ({ ...d, version: 3, c: 3 }) } });
    expect(r).toEqual({ ok: true, migre: true, document: { version: 3, a: 1, b: 2, c: 3 } });
  });
});

describe('the store', () => {
  test('reads a document of an older version through its migration, and writes it in the current one', async () => {
    const kv = new MemoryStore();
    await kv.set('doc', JSON.stringify({ version: 1, ancien: 'bonjour' }));
    const store = await ouvrir(kv);
    expect(store.valeur.texte).toBe('bonjour');
    expect(store.warnings).toEqual([]);
    expect(await store.enregistrer()).toBe(true);
    expect(await kv.get('doc')).toBe('{"version":2,"texte":"bonjour"}');
  });

  test('a newer document is known by its typed cause (not by its wording): kept aside, never rewritten', async () => {
    const kv = new MemoryStore();
    const futur = JSON.stringify({ version: 7, texte: 'de demain' });
    await kv.set('doc', futur);
    const store = await ouvrir(kv);
    expect(store.warnings).toEqual([{ code: 'futur', message: 'plus récent', cle: 'q' }]);
    expect(store.persistent).toBe(false);
    store.prendre({ v: 2, texte: 'réponse de la visite' });
    expect(await store.enregistrer()).toBe(false);
    expect(await kv.get('doc')).toBe(futur);
    expect(await kv.get('q')).toBe(futur);
  });

  test('an unreadable document is kept aside first; then the document may be written again', async () => {
    const kv = new MemoryStore();
    await kv.set('doc', JSON.stringify({ version: 'deux' }));
    const store = await ouvrir(kv);
    expect(store.warnings.map((w) => w.message)).toEqual(['illisible : refus n° version-invalide']);
    expect(store.persistent).toBe(true);
    store.prendre({ v: 2, texte: 'neuf' });
    expect(await store.enregistrer()).toBe(true);
    expect(await kv.get('q')).toBe('{"version":"deux"}');
  });

  test('a write is one commit with its companion keys; a refused commit changes nothing and says why', async () => {
    const kv = new MemoryStore();
    const commits: Changements[] = [];
    const commit = kv.commit.bind(kv);
    kv.commit = async (changes) => {
      commits.push(changes);
      if (commits.length > 1) throw Object.assign(new Error('plus de place'), { name: 'QuotaExceededError' });
      return commit(changes);
    };
    const store = await ouvrir(kv, { associees: ['doc/revision'] });
    expect(store.associee('doc/revision')).toBeNull();
    store.prendre({ v: 2, texte: 'un' });
    expect(await store.enregistrer([['doc/revision', '1']])).toBe(true);
    expect(commits).toEqual([{ set: [['doc', '{"version":2,"texte":"un"}'], ['doc/revision', '1']] }]);
    store.prendre({ v: 2, texte: 'deux' });
    expect(await store.enregistrer([['doc/revision', '2']])).toBe(false);
    expect(store.warnings.map((w) => w.code)).toEqual(['quota']);
    expect([await kv.get('doc'), await kv.get('doc/revision')]).toEqual(['{"version":2,"texte":"un"}', '1']);
    expect(store.valeur.texte).toBe('deux');
  });
});

describe('the profile over the same store', () => {
  const options = { cle: 'ns/profil/principal', quarantaine: () => 'ns/quarantaine/principal/profil', now: () => NOW, nomParDefaut: 'Moi' };

  test('a profile from a newer site is kept aside and never overwritten, even by a save', async () => {
    const kv = new MemoryStore();
    const futur = JSON.stringify({ ...profilVide('Léa'), format: PROFIL_FORMAT, version: 2 });
    await kv.set(options.cle, futur);
    const store = await ProfilStore.open(kv, options);
    expect(store.warnings.map((w) => w.code)).toEqual(['corrompu']);
    expect(store.warnings[0]!.message).toContain('format 2');
    expect(store.persistent).toBe(false);
    expect(await store.save(profilVide('Moi'))).toBe('memoire');
    expect(store.profil.nom).toBe('Moi');
    expect(await kv.get(options.cle)).toBe(futur);
    expect(await kv.get(options.quarantaine())).toBe(futur);
  });

  test('a saved profile is read back before it counts as stored', async () => {
    const kv = new MemoryStore();
    const store = await ProfilStore.open(kv, options);
    const get = kv.get.bind(kv);
    kv.get = async (key) => (key === options.cle ? 'autre chose' : get(key));
    expect(await store.save(profilVide('Moi'))).toBe('memoire');
    expect(store.warnings.map((w) => w.code)).toEqual(['ecriture']);
  });
});
