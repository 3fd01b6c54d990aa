/**
 * What a quiz or a case study says above its questions: whose record gets the
 * answers (when several profiles share the device), storage warnings, and the
 * error of the last action (a rubric that could not be loaded…).
 */
import type { ReactNode } from 'react';
import { AvertissementsStockage, ProfilActif } from '../Journal';

export function AvisActivite({ erreur }: { erreur: string | null }): ReactNode {
  return (
    <>
      <ProfilActif />
      <AvertissementsStockage />
      {erreur && (
        <p role="alert" className="alert alert--danger">
          {erreur}
        </p>
      )}
    </>
  );
}
