/**
 * The glossary's list, alphabetical: written into the page's HTML at build time, and in the
 * browser only when there is no such HTML (a page reached by a link within the site, or
 * `npm start`): the page's script does not carry the glossary (index.tsx, fiche 0047).
 * Flat, without wrappers: the search index cuts a page at its headings and takes the elements
 * that follow each one, so every term (an <h3> with its anchor) is a result that leads to the
 * term itself, and the letters (<h2>) are only there to navigate. The filter (index.tsx) reads
 * this structure: each <h3> followed by its <p>, under its letter's <h2>.
 */
import { Fragment, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { Terme } from '@site/src/contenu/glossaire';
import { lettre, ORDRE } from './ordre';
import styles from './styles.module.css';

function ListeGlossaire(): ReactNode {
  const groupes = new Map<string, Terme[]>();
  for (const t of ORDRE) groupes.set(lettre(t), [...(groupes.get(lettre(t)) ?? []), t]);
  return (
    <>
      {[...groupes.entries()].map(([l, list]) => (
        <Fragment key={l}>
          <h2 id={`glossaire-lettre-${l}`} className={styles.lettre}>
            {l}
          </h2>
          {list.map((t) => (
            <Fragment key={t.id}>
              <Heading as="h3" id={t.id} className={styles.terme}>
                {t.terme}
                {t.developpe && <span className={styles.developpe}> — {t.developpe}</span>}
              </Heading>
              <p className={styles.definition}>
                {t.definition}
                {t.source && <span className={styles.source}> ({t.source})</span>}
                {t.lecon && (
                  <>
                    {' '}
                    <Link to={t.lecon} className={styles.lien}>
                      Voir dans le cours<span className="sr-only"> : {t.terme}</span>
                    </Link>
                  </>
                )}
              </p>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** How many terms the list holds (the counts written beside it, index.tsx). */
ListeGlossaire.nombre = ORDRE.length;
export default ListeGlossaire;
