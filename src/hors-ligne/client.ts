/** Docusaurus client module: starts offline mode in production builds. */
import siteConfig from '@generated/docusaurus.config';
import { demarrerHorsLigne } from './etat';

if (process.env.NODE_ENV === 'production') demarrerHorsLigne(siteConfig.baseUrl);
