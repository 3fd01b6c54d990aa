import { contentUserData, etatKey, serialiserEtat } from '@site/src/domain/h5p/etat';
import { dossierBibliotheque, nomBibliotheque, resoudre, type Dependance } from '@site/src/domain/h5p/dependances';

describe('saved H5P state', () => {
  test('is keyed by namespace, profile and activity', () => {
    expect(etatKey('moniteur-atelier@/m/', 'principal', 'cadre-esat-ea')).toBe('moniteur-atelier@/m//h5p/principal/cadre-esat-ea');
  });
  test('restores as h5p-standalone expects: [{ state: "<JSON string>" }]', () => {
    const saved = serialiserEtat('abc', { reponses: { q1: { choix: 'b' } } });
    expect(contentUserData(saved, 'abc')).toEqual([{ state: '{"reponses":{"q1":{"choix":"b"}}}' }]);
  });
  test('a state saved for another version of the content is discarded', () => {
    expect(contentUserData(serialiserEtat('ancien', { x: 1 }), 'nouveau')).toBeNull();
  });
  test('nothing, garbage or an empty state restores nothing', () => {
    expect(contentUserData(null, 'h')).toBeNull();
    expect(contentUserData('{pas du json', 'h')).toBeNull();
    expect(contentUserData('null', 'h')).toBeNull();
    expect(contentUserData(JSON.stringify({ hash: 'h' }), 'h')).toBeNull();
  });
});

describe('dependency resolution', () => {
  const libs: Record<string, unknown> = {
    'H5P.QuestionSet-1.21': { preloadedDependencies: [{ machineName: 'H5P.MultiChoice', majorVersion: 1, minorVersion: 16 }, { machineName: 'H5P.JoubelUI', majorVersion: 1, minorVersion: 3 }] },
    'H5P.MultiChoice-1.16': { preloadedDependencies: [{ machineName: 'H5P.Question', majorVersion: 1, minorVersion: 5 }, { machineName: 'H5P.JoubelUI', majorVersion: 1, minorVersion: 3 }] },
    'H5P.JoubelUI-1.3': { preloadedDependencies: [{ machineName: 'FontAwesome', majorVersion: 4, minorVersion: 5 }] },
    'FontAwesome-4.5': {},
  };
  const read = async (d: Dependance) => libs[dossierBibliotheque(d)] ?? null;

  test('follows dependencies recursively, dependencies first, each once', async () => {
    const r = await resoudre({ preloadedDependencies: [{ machineName: 'H5P.QuestionSet', majorVersion: 1, minorVersion: 21 }] }, read);
    expect(r.bibliotheques.map(nomBibliotheque)).toEqual(['FontAwesome 4.5', 'H5P.JoubelUI 1.3', 'H5P.MultiChoice 1.16', 'H5P.QuestionSet 1.21']);
    expect(r.manquantes).toEqual(['H5P.Question 1.5']);
  });

  test('names every missing library « Machine.Name major.minor »', async () => {
    const r = await resoudre({ preloadedDependencies: [{ machineName: 'H5P.Inconnu', majorVersion: 2, minorVersion: 0 }] }, read);
    expect(r.manquantes).toEqual(['H5P.Inconnu 2.0']);
  });

  test('ignores malformed dependency entries', async () => {
    const r = await resoudre({ preloadedDependencies: [{ machineName: '../x', majorVersion: 1, minorVersion: 0 }, 'x', { machineName: 'FontAwesome', majorVersion: 4, minorVersion: 5 }] }, read);
    expect(r.bibliotheques.map(nomBibliotheque)).toEqual(['FontAwesome 4.5']);
  });
});
