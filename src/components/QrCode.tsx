import { create } from 'qrcode';
import { useMemo } from 'react';

/** A QR code of `text`, drawn as SVG squares from the library's module matrix. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, dark } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const cells: [number, number][] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) cells.push([col, row]);
      }
    }
    return { size: modules.size, dark: cells };
  }, [text]);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect width={box} height={box} fill="#fff" />
      <path fill="#000" d={dark.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join('')} />
    </svg>
  );
}
