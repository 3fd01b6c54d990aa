/**
 * Our teaching vocabulary, registered once: authors use these tags in any MDX page
 * without importing them. <Quiz>, <CasPratique> and <H5P> are not listed here: the remark
 * plugin (src/plugins/remark-activites.ts) imports them in the pages that use them
 * only, with their data, so that other pages do not ship their code.
 */
import MDXComponents from '@theme-original/MDXComponents';
import { CompetencesDuBloc, Referentiel } from '@site/src/components/Referentiel';
import {
  EnBref,
  ObjectifsPedagogiques,
  PiegeAEviter,
  PourAllerPlusLoin,
  Recapitulatif,
} from '@site/src/components/Pedagogie';

export default {
  ...MDXComponents,
  Referentiel,
  CompetencesDuBloc,
  ObjectifsPedagogiques,
  EnBref,
  PiegeAEviter,
  Recapitulatif,
  PourAllerPlusLoin,
};
