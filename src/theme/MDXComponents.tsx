/**
 * Our teaching vocabulary, registered once: authors use these tags in any MDX page
 * without importing them.
 */
import MDXComponents from '@theme-original/MDXComponents';
import { CompetencesDuBloc, Referentiel } from '@site/src/components/Referentiel';

export default {
  ...MDXComponents,
  Referentiel,
  CompetencesDuBloc,
};
