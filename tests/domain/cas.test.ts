import { analyse, checkCas, maxParCritere, scoreCas, texteDuNoeud, walk, choixOfferts, type Etape } from '@site/src/domain/cas/graph';
import { bandeDe, type Cas, type NoeudSituation } from '@site/src/domain/cas/types';
import { casEnCours, caseCompleted, caseDecision } from '@site/src/domain/journal/events';
import { ACTIVITES } from '@site/quizzes/index';
import { casFixture } from '../fixtures/cas';

const noeud = (cas: Cas, id: string) => cas.noeuds.find((n) => n.id === id)!;

test('the fixture case is valid', () => {
  expect(checkCas(casFixture)).toEqual([]);
});

test('max per critère and best total are taken over the complete paths', () => {
  expect(maxParCritere(casFixture)).toEqual({ 'B1.C1.CR1': 2, 'B1.C3.CR1': 2 });
  const a = analyse(casFixture);
  expect(a.meilleurTotal).toBe(4);
  expect(a.chemins).toHaveLength(8);
  expect(a.decisions).toEqual({ min: 2, max: 3 });
});

test('bands: 80 % and more favourable, 60 % and more acceptable, below to rework', () => {
  expect([1, 0.8, 0.79, 0.6, 0.59, 0].map(bandeDe)).toEqual(['optimale', 'optimale', 'acceptable', 'acceptable', 'a-revoir', 'a-revoir']);
});

test('the quality of the ending is computed from the whole path, not read from the node', () => {
  const best = scoreCas(casFixture, [
    { noeud: 'n1', choix: 'bien' },
    { noeud: 'n2', choix: 'demander' },
  ]);
  expect(best).toMatchObject({ fin: 'fin-ok', termine: true, qualite: 'optimale', reussi: true, obtenus: 4, total: 4, taux: 1 });
  // Same ending node, fewer points: the band follows the points.
  const moyen = scoreCas(casFixture, [
    { noeud: 'n1', choix: 'moyen' },
    { noeud: 'n2', choix: 'demander' },
  ]);
  expect(moyen).toMatchObject({ fin: 'fin-ok', qualite: 'acceptable', reussi: true, obtenus: 3 });
  const detour = scoreCas(casFixture, [
    { noeud: 'n1', choix: 'attendre' },
    { noeud: 'n3', choix: 'avancer' },
    { noeud: 'n2', choix: 'decider' },
  ]);
  expect(detour).toMatchObject({ termine: true, qualite: 'a-revoir', reussi: false, obtenus: 1, total: 4 });
  expect(detour.parCritere['B1.C1.CR1']).toEqual({ points: 1, max: 2 });
  const unfinished = scoreCas(casFixture, [{ noeud: 'n1', choix: 'bien' }]);
  expect(unfinished).toMatchObject({ termine: false, reussi: false, qualite: null });
});

test('facts set by a choice open choices and paragraphs further on', () => {
  const n2 = noeud(casFixture, 'n2') as NoeudSituation;
  const prepare = walk(casFixture, [{ noeud: 'n1', choix: 'bien' }]);
  expect([...prepare.drapeaux]).toEqual(['prepare']);
  expect(choixOfferts(n2, prepare.drapeaux).map((c) => c.id)).toEqual(['demander', 'montrer', 'decider']);
  expect(texteDuNoeud(n2, prepare.drapeaux)).toBe('Deuxième décision.\n\nLe poste préparé attend.');
  const sans = walk(casFixture, [{ noeud: 'n1', choix: 'moyen' }]);
  expect(choixOfferts(n2, sans.drapeaux).map((c) => c.id)).toEqual(['demander', 'decider']);
  expect(texteDuNoeud(n2, sans.drapeaux)).toBe('Deuxième décision.');
  // A choice that is not offered on this path stops the walk.
  expect(walk(casFixture, [{ noeud: 'n1', choix: 'moyen' }, { noeud: 'n2', choix: 'montrer' }]).noeud.id).toBe('n2');
});

test('walk stops at the first step that does not belong to the path', () => {
  const w = walk(casFixture, [
    { noeud: 'n1', choix: 'bien' },
    { noeud: 'n9', choix: 'x' },
  ]);
  expect(w.noeud.id).toBe('n2');
  expect(w.choix.map((c) => c.id)).toEqual(['bien']);
});

test('minimum number of decisions is checked on demand', () => {
  const problems = checkCas(casFixture, { minDecisions: 6 });
  expect(problems.map((p) => p.message)).toEqual(['au moins 6 nœuds de décision sont attendus (3 trouvés)']);
});

describe('path checks speak to the author', () => {
  const avec = (changer: (c: { -readonly [K in keyof Cas]: Cas[K] }) => void): Cas => {
    const copie = JSON.parse(JSON.stringify(casFixture)) as { -readonly [K in keyof Cas]: Cas[K] };
    changer(copie);
    return copie;
  };
  const messages = (cas: Cas) => checkCas(cas).map((p) => `${p.question ?? ''} ${p.champ} : ${p.message}`);

  test('a node whose text relies on a fact a path did not set', () => {
    const cas = avec((c) => {
      (c.noeuds as unknown as { id: string; suppose?: string[] }[]).find((n) => n.id === 'n2')!.suppose = ['prepare'];
    });
    const m = messages(cas);
    expect(m.some((x) => x.startsWith('n2 suppose : le texte suppose « Le poste a été préparé avant l’arrivée. », que ce chemin n’a pas posé (chemin : n1 › moyen › n2)'))).toBe(true);
  });

  test('a node whose text contradicts a fact set on a path', () => {
    const cas = avec((c) => {
      (c.noeuds as unknown as { id: string; exclut?: string[] }[]).find((n) => n.id === 'fin-ok')!.exclut = ['prepare'];
    });
    expect(messages(cas).some((x) => x.includes('fin-ok exclut : le texte contredit « Le poste a été préparé avant l’arrivée. », posé sur ce chemin'))).toBe(true);
  });

  test('an ending whose declared issues do not cover the band of a path', () => {
    const cas = avec((c) => {
      (c.noeuds as unknown as { id: string; issues?: string[] }[]).find((n) => n.id === 'fin-ok')!.issues = ['optimale'];
    });
    const m = messages(cas);
    expect(m.some((x) => x.startsWith('fin-ok issues : un chemin obtient 75 % des points (Issue acceptable) mais cette fin ne déclare que « optimale »'))).toBe(true);
  });

  test('an undeclared fact, a fact never used, a choice that leads back', () => {
    const cas = avec((c) => {
      c.drapeaux = { ...c.drapeaux, inutile: 'Jamais servi.' };
      const n3 = (c.noeuds as unknown as { id: string; choix: { id: string; suivant: string; pose?: string[] }[] }[]).find((n) => n.id === 'n3')!;
      n3.choix[0]!.pose = ['inconnu'];
    });
    const m = messages(cas);
    expect(m).toContain('n3 choix[0].pose : fait « inconnu » non déclaré dans « drapeaux »');
    expect(m).toContain(' drapeaux.inutile : le fait « inutile » n’est posé ni utilisé par aucun choix ni aucun nœud');
    const boucle = avec((c) => {
      const n3 = (c.noeuds as unknown as { id: string; choix: { id: string; suivant: string }[] }[]).find((n) => n.id === 'n3')!;
      n3.choix[0]!.suivant = 'n1';
    });
    expect(messages(boucle).some((x) => x.includes('n3 choix.avancer : ce choix ramène à « n1 », déjà passé sur ce chemin'))).toBe(true);
  });

  test('an ending still written with « qualite »', () => {
    const cas = avec((c) => {
      (c.noeuds as unknown as Record<string, unknown>[]).find((n) => n.id === 'fin-ko')!.qualite = 'a-revoir';
    });
    expect(messages(cas)).toContain('fin-ko qualite : la qualité d’une fin ne s’écrit plus : elle est calculée sur tout le chemin ; déclarez « issues »');
  });
});

test('an unfinished attempt is rebuilt from the decisions in the journal, a completed one is not', () => {
  const acteur = { learnerId: 'l', homePage: 'https://moniteur-atelier.github.io' };
  let n = 0;
  const horloge = { now: () => new Date(Date.UTC(2026, 0, 1, 8, n)), uuid: () => `s${(n += 1)}` };
  const etapes: Etape[] = [
    { noeud: 'n1', choix: 'bien' },
    { noeud: 'n2', choix: 'demander' },
  ];
  const decisions = etapes.map((e) => {
    const choix = (noeud(casFixture, e.noeud) as NoeudSituation).choix.find((c) => c.id === e.choix)!;
    return caseDecision(acteur, horloge, casFixture, e.noeud, choix, 'T1');
  });
  expect(casEnCours([], 'cas-test')).toBeNull();
  expect(casEnCours(decisions.slice(0, 1), 'cas-test')).toEqual({ tentative: 'T1', etapes: etapes.slice(0, 1) });
  const fini = caseCompleted(acteur, horloge, scoreCas(casFixture, etapes), 'T1');
  expect(casEnCours([...decisions, fini], 'cas-test')).toBeNull();
  expect(casEnCours([...decisions, fini], 'autre-cas')).toBeNull();
});

describe('every path of every case of the site', () => {
  const cases = ACTIVITES.filter((a): a is Cas => a.kind === 'cas');
  test.each(cases.map((c) => [c.id, c] as const))('%s: the ending shown matches the band of the path’s points', (_id, cas) => {
    const ecarts: string[] = [];
    for (const chemin of analyse(cas).chemins) {
      const r = scoreCas(cas, chemin.etapes);
      expect(r.termine).toBe(true);
      expect(r.qualite).toBe(bandeDe(chemin.taux));
      if (!chemin.fin.issues.includes(r.qualite!)) ecarts.push(`${chemin.etapes.map((e) => e.choix).join(' › ')} → ${chemin.fin.id} (${Math.round(chemin.taux * 100)} %, ${r.qualite})`);
    }
    expect(ecarts.slice(0, 5)).toEqual([]);
  });
});
