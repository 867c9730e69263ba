import { qrModules, qrPath } from "@/lib/teach";

/** The join link as a QR code, drawn on the server as SVG (black on white in both themes so phones can read it). */
export function JoinQr({ url, className }: { url: string; className?: string }) {
  const modules = qrModules(url);
  const quiet = 4;
  const size = modules.length + quiet * 2;
  return (
    <svg
      viewBox={`${-quiet} ${-quiet} ${size} ${size}`}
      role="img"
      aria-label={`QR code for the join link ${url}`}
      className={className}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  );
}
