/**
 * Our teaching vocabulary, registered once: authors use these tags in any MDX page
 * without importing them. <Quiz>, <CasPratique>, <H5P>, <Referentiel> and
 * <CompetencesDuBloc> are not listed here: our remark plugins
 * (src/plugins/remark-activites.ts, remark-referentiel.ts) import them in the pages
 * that use them only, so that other pages do not ship their code and data.
 */
import MDXComponents from '@theme-original/MDXComponents';
import {
  EnBref,
  ObjectifsPedagogiques,
  PiegeAEviter,
  PourAllerPlusLoin,
  Recapitulatif,
} from '@site/src/components/Pedagogie';

export default {
  ...MDXComponents,
  ObjectifsPedagogiques,
  EnBref,
  PiegeAEviter,
  Recapitulatif,
  PourAllerPlusLoin,
};
