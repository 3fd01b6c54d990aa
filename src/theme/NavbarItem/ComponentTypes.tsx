/** Navbar item types: Docusaurus's own, plus the offline indicator (`custom-horsLigne`). */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import IndicateurHorsLigne from '@site/src/components/HorsLigne';

export default {
  ...ComponentTypes,
  'custom-horsLigne': IndicateurHorsLigne,
};
