/**
 * The components MDX pages render with. Our teaching vocabulary is registered
 * once here: authors use these tags in any MDX page without importing them.
 * <Quiz>, <CasPratique>, <H5P>, <Referentiel> and <CompetencesDuBloc> are not
 * listed: our remark plugins (src/plugins/remark-activites.ts,
 * remark-referentiel.ts) import them in the pages that use them only, so that other
 * pages do not ship their code and data.
 *
 * Docusaurus's own list also brings the admonitions (`:::note`, `:::tip`…, with
 * their six icons) and its animated `<details>` into every page's scripts. Lessons
 * use our boxes instead (the build refuses an admonition and says which box to
 * write: src/plugins/remark-encadres.ts); `<details>` stays the browser's own,
 * keyboard-accessible element.
 */
import type { ComponentProps } from 'react';
import Head from '@docusaurus/Head';
import MDXCode from '@theme/MDXComponents/Code';
import MDXA from '@theme/MDXComponents/A';
import MDXPre from '@theme/MDXComponents/Pre';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXUl from '@theme/MDXComponents/Ul';
import MDXLi from '@theme/MDXComponents/Li';
import MDXImg from '@theme/MDXComponents/Img';
import {
  EnBref,
  ObjectifsPedagogiques,
  PiegeAEviter,
  PourAllerPlusLoin,
  Recapitulatif,
} from '@site/src/components/Pedagogie';

type HeadingProps = ComponentProps<typeof MDXHeading>;

export default {
  Head,
  code: MDXCode,
  a: MDXA,
  pre: MDXPre,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: (props: HeadingProps) => <MDXHeading {...props} as="h1" />,
  h2: (props: HeadingProps) => <MDXHeading {...props} as="h2" />,
  h3: (props: HeadingProps) => <MDXHeading {...props} as="h3" />,
  h4: (props: HeadingProps) => <MDXHeading {...props} as="h4" />,
  h5: (props: HeadingProps) => <MDXHeading {...props} as="h5" />,
  h6: (props: HeadingProps) => <MDXHeading {...props} as="h6" />,
  ObjectifsPedagogiques,
  EnBref,
  PiegeAEviter,
  Recapitulatif,
  PourAllerPlusLoin,
};
