import {
  BLOC_IDS,
  COMPETENCE_IDS,
  CRITERE_IDS,
  REFERENTIEL,
  SOURCES,
  blocOf,
  competenceOf,
  critereById,
  criteresOf,
  isCritereId,
} from '@site/src/referentiel';

const allIds = [...BLOC_IDS, ...COMPETENCE_IDS, ...CRITERE_IDS];

describe('référentiel', () => {
  test('exactly 3 blocs, numbered 1 to 3', () => {
    expect(REFERENTIEL.blocs.map((b) => b.id)).toEqual(['B1', 'B2', 'B3']);
    expect(REFERENTIEL.blocs.map((b) => b.numero)).toEqual([1, 2, 3]);
  });

  test('the written-out id lists are the data’s ids, in the data’s order (the compiler checks the sets)', () => {
    expect(BLOC_IDS).toEqual(REFERENTIEL.blocs.map((b) => b.id));
    expect(COMPETENCE_IDS).toEqual(REFERENTIEL.blocs.flatMap((b) => b.competences.map((c) => c.id)));
    expect(CRITERE_IDS).toEqual(REFERENTIEL.blocs.flatMap((b) => b.competences.flatMap((c) => c.criteres.map((cr) => cr.id))));
  });

  test('every id is unique', () => {
    const seen = new Set<string>();
    const duplicates = allIds.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  test('every child id is its parent id plus one segment, numbered in order', () => {
    const problems: string[] = [];
    for (const bloc of REFERENTIEL.blocs) {
      bloc.competences.forEach((competence, i) => {
        if (competence.id !== `${bloc.id}.C${i + 1}`) problems.push(`${competence.id} devrait être ${bloc.id}.C${i + 1}`);
        competence.criteres.forEach((critere, j) => {
          if (critere.id !== `${competence.id}.CR${j + 1}`) {
            problems.push(`${critere.id} devrait être ${competence.id}.CR${j + 1}`);
          }
        });
      });
    }
    expect(problems).toEqual([]);
  });

  test('every compétence has 2 to 4 critères; each bloc 6 to 9 compétences', () => {
    for (const bloc of REFERENTIEL.blocs) {
      expect(bloc.competences.length).toBeGreaterThanOrEqual(6);
      expect(bloc.competences.length).toBeLessThanOrEqual(9);
      for (const competence of bloc.competences) {
        expect([competence.id, competence.criteres.length >= 2 && competence.criteres.length <= 4]).toEqual([
          competence.id,
          true,
        ]);
      }
    }
    expect(CRITERE_IDS.length).toBeGreaterThanOrEqual(60);
    expect(CRITERE_IDS.length).toBeLessThanOrEqual(90);
  });

  test('every item has an intitulé, a known source and an honest statut', () => {
    for (const bloc of REFERENTIEL.blocs) {
      expect(bloc.statut).toBe('officiel');
      for (const item of [bloc, ...bloc.competences, ...bloc.competences.flatMap((c) => c.criteres)]) {
        expect(item.intitule.trim().length).toBeGreaterThan(10);
        expect(Object.keys(SOURCES)).toContain(item.source);
        expect(['officiel', 'derive']).toContain(item.statut);
      }
    }
  });

  test('a source that is not the Fiche Métier names its text and is used', () => {
    const items = REFERENTIEL.blocs.flatMap((b) => [b, ...b.competences, ...b.competences.flatMap((c) => c.criteres)]);
    const utilisees = new Set<string>(items.map((i) => i.source));
    expect(Object.keys(SOURCES).filter((k) => !k.startsWith('fm-') && !utilisees.has(k))).toEqual([]);
    for (const [cle, texte] of Object.entries(SOURCES)) {
      if (cle.startsWith('fm-')) expect(texte).toMatch(/^Fiche Métier 2024 — /);
      else expect([cle, /(CASF|Code du travail|décret|loi|NF |ISO)/.test(texte)]).toEqual([cle, true]);
    }
  });

  test('the four transversal compétences of the Fiche Métier are placed in a bloc', () => {
    const placed = new Set(REFERENTIEL.blocs.flatMap((b) => b.competences.flatMap((c) => c.transversales)));
    expect([...placed].sort()).toEqual(
      ['communication', 'equipe-pluriprofessionnelle', 'ethique-droits', 'transition-ecologique'].sort(),
    );
  });

  test('data is deeply frozen', () => {
    const bloc = REFERENTIEL.blocs[0]!;
    const critere = bloc.competences[0]!.criteres[0]!;
    expect(Object.isFrozen(REFERENTIEL)).toBe(true);
    expect(Object.isFrozen(REFERENTIEL.blocs)).toBe(true);
    expect(Object.isFrozen(critere)).toBe(true);
    expect(() => {
      (critere as { intitule: string }).intitule = 'modifié';
    }).toThrow(TypeError);
  });

  test('lookup helpers', () => {
    expect(critereById('B1.C3.CR2').id).toBe('B1.C3.CR2');
    expect(competenceOf('B2.C4.CR2').id).toBe('B2.C4');
    expect(blocOf('B3.C6.CR1').id).toBe('B3');
    expect(blocOf('B2.C1').id).toBe('B2');
    expect(criteresOf('B1.C8').map((c) => c.id)).toEqual(['B1.C8.CR1', 'B1.C8.CR2', 'B1.C8.CR3', 'B1.C8.CR4']);
    expect(criteresOf('B2').length).toBe(REFERENTIEL.blocs[1]!.competences.reduce((n, c) => n + c.criteres.length, 0));
    expect(isCritereId('B1.C1.CR1')).toBe(true);
    expect(isCritereId('B1.C1.CR9')).toBe(false);
    expect(() => critereById('B9.C1.CR1' as never)).toThrow(/B9\.C1\.CR1/);
  });
});
