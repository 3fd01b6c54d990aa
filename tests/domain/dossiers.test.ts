import { indexerDossiers, lirePointsDossier, verifierAppui } from '@site/src/domain/qualite/dossiers';

const TEXTE = `# Dossier
## 1. Les publics
| Point | Contenu | Source | Confiance |
|---|---|---|---|
| **Épilepsie : pendant la crise** | Noter l'heure. | S15 | [Vu – SS] (concordant) |
| Conséquence pour l’atelier | Adapter le poste. | — | [Inféré] |
### 10.1 Règles périmées
| # | Piège | Ce qu'il faut retenir | Source | Confiance |
|---|---|---|---|---|
| 5 | RQTH 1 à 5 ans | Jusqu'à 10 ans. | S58 | [Vu] |
### 10.2 Chiffres discutés
| # | Point | Constat | Source | Confiance |
|---|---|---|---|---|
| 15 | Nombre de SST | Ratio non vérifié. | S115 | [Non trouvé] (ratio) |
| 16 | Manutention : 25 kg | Limite pour les femmes. | S100 | [Vu] (code) |
## 5. Corrections
1. **EA : 55 %–100 %**, pas 80 % [Vu].
2. Un point sans marque.
`;

const index = indexerDossiers(lirePointsDossier('complements', TEXTE));

test('table rows, numbered rows and numbered list items are read with their section and confidence', () => {
  expect(index.size).toBe(6);
  expect(verifierAppui('complements §1 Épilepsie : pendant la crise', index)).toBeNull();
  expect(verifierAppui("complements §1 Conséquence pour l'atelier", index)).toMatch(/\[Inféré\].*\[Vu\]/);
  expect(verifierAppui('complements §10.1 n°5', index)).toBeNull();
  expect(verifierAppui('complements §5 n°1', index)).toBeNull();
  expect(verifierAppui('complements §5 n°2', index)).toMatch(/aucune ligne/);
});

test('a disputed figure is refused even when part of it was seen', () => {
  expect(verifierAppui('complements §10.2 n°16', index)).toMatch(/discuté/);
  expect(verifierAppui('complements §10.2 n°15', index)).toMatch(/discuté/);
});

test('a malformed or unknown appui says what to write', () => {
  expect(verifierAppui('dossier p. 3', index)).toMatch(/n’a pas la forme/);
  expect(verifierAppui('complements §1 Autisme', index)).toMatch(/aucune ligne « Autisme » dans la section 1/);
  expect(verifierAppui('complements §2 Épilepsie : pendant la crise', index)).toMatch(/aucune ligne/);
});
