/**
 * A QR code drawn as SVG. The encoder (uqr, about 27 KB) is loaded only when a
 * code is shown. The text it carries is always printed next to it, so that the
 * code is never the only way to get the information.
 */
import { useEffect, useState, type ReactNode } from 'react';

interface Props {
  readonly texte: string;
  /** Accessible name of the image (what it contains, not how it looks). */
  readonly label: string;
  readonly taille?: number;
}

/** The SVG path of the dark modules (one unit per module). */
export function cheminQr(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let fin = x;
      while (fin < row.length && row[fin]) fin += 1;
      d += `M${x} ${y}h${fin - x}v1h${x - fin}z`;
      x = fin;
    }
  });
  return d;
}

export function QrCode({ texte, label, taille = 220 }: Props): ReactNode {
  const [code, setCode] = useState<{ texte: string; size: number; d: string } | { texte: string; erreur: string } | null>(null);
  useEffect(() => {
    let actif = true;
    import('uqr').then(
      ({ encode }) => {
        if (!actif) return;
        try {
          const qr = encode(texte, { ecc: 'M', border: 2 });
          setCode({ texte, size: qr.size, d: cheminQr(qr.data) });
        } catch (error) {
          setCode({ texte, erreur: `QR code impossible (${(error as Error).message}) : utilisez le lien.` });
        }
      },
      () => actif && setCode({ texte, erreur: 'Le générateur de QR code n’a pas pu être chargé : utilisez le lien.' }),
    );
    return () => {
      actif = false;
    };
  }, [texte]);
  if (!code || code.texte !== texte) return <p className="qr-chargement">Préparation du QR code…</p>;
  if ('erreur' in code) return <p role="alert">{code.erreur}</p>;
  return (
    <svg
      role="img"
      aria-label={label}
      width={taille}
      height={taille}
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
      data-qr={texte}
      style={{ background: '#fff', maxWidth: '100%', height: 'auto' }}
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.d} fill="#000" />
    </svg>
  );
}
