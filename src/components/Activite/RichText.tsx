/**
 * Renders our "texte riche" (see src/domain/texte/richText.ts) with React: text,
 * bold, italic, and formulas pre-rendered by KaTeX at build time. Formulas come
 * from our own build (never from the learner), which is why their HTML is trusted:
 * only a formula present in the activity's table (src/build/activites/activites.ts, KaTeX
 * with `trust: false`) is rendered as HTML; any other `$…$` is shown as code.
 * One of the two reviewed uses of dangerouslySetInnerHTML (the other one inserts
 * nothing: Ilot.tsx; tests/securite/injection-html.test.ts).
 */
import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { parseRichText, type Segment } from '@site/src/domain/texte/richText';
import { assertNever } from '@site/src/domain/exhaustif';

export const FormulesContext = createContext<Readonly<Record<string, string>>>({});

function SegmentView({ segment }: { segment: Segment }): ReactNode {
  const formules = useContext(FormulesContext);
  switch (segment.t) {
    case 'gras':
      return <strong>{segment.v}</strong>;
    case 'italique':
      return <em>{segment.v}</em>;
    case 'formule': {
      // Own keys only: a text « $constructor$ » must not reach Object.prototype.
      const html = Object.prototype.hasOwnProperty.call(formules, segment.v) ? formules[segment.v] : undefined;
      // Build-time KaTeX output of our own content: see the file comment.
      return typeof html === 'string' && html !== '' ? <span dangerouslySetInnerHTML={{ __html: html }} /> : <code>{segment.v}</code>;
    }
    case 'texte':
      return <>{segment.v}</>;
    default:
      return assertNever(segment, 'segment');
  }
}

/**
 * Inline rendering: paragraphs joined by line breaks (for labels, options, short
 * texts). No wrapper element: a 20-question quiz has a hundred of these, and each
 * element counts in the page's layout and hydration.
 */
export function RichInline({ text }: { text: string }): ReactNode {
  const paragraphs = parseRichText(text);
  return (
    <>
      {paragraphs.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {p.map((s, j) => (
            <SegmentView key={j} segment={s} />
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** Block rendering: one <p> per paragraph. */
export function RichText({ text, className }: { text: string; className?: string }): ReactNode {
  return (
    <>
      {parseRichText(text).map((p, i) => (
        <p key={i} className={className}>
          {p.map((s, j) => (
            <SegmentView key={j} segment={s} />
          ))}
        </p>
      ))}
    </>
  );
}
