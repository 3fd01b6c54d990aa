/**
 * The chunk behind src/theme/CodeBlock: Docusaurus' own code block, with Prism set
 * up as theme-classic's client module does it (src/plugins/plugin-prism.ts removes
 * that client module from the bundle every page loads).
 */
import type { ComponentType } from 'react';
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';

prismIncludeLanguages(Prism as unknown as Parameters<typeof prismIncludeLanguages>[0]);

const CodeBlock: ComponentType<Props> = OriginalCodeBlock;
export default CodeBlock;
