export interface RadarSeries {
  label: string;
  values: number[];
  /** A dashed outline instead of a filled shape (for the comparison series). */
  dashed?: boolean;
  className: string;
}

interface Props {
  title: string;
  axes: string[];
  series: RadarSeries[];
  size?: number;
}

/** A radar chart as plain SVG (values 0–100 per axis); the caller also shows the numbers as a table. */
export function RadarChart({ title, axes, series, size = 320 }: Props) {
  const pad = 70;
  const c = size / 2 + pad;
  const r = size / 2;
  const n = axes.length;
  const point = (i: number, v: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const d = (Math.max(0, Math.min(100, v)) / 100) * r;
    return [c + d * Math.cos(angle), c + d * Math.sin(angle)] as const;
  };
  const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(",")).join(" ");
  return (
    <svg viewBox={`0 0 ${size + 2 * pad} ${size + 2 * pad}`} role="img" aria-label={title} className="h-auto w-full max-w-md">
      {[25, 50, 75, 100].map((ring) => (
        <polygon key={ring} points={polygon(axes.map(() => ring))} fill="none" stroke="#cbd5e1" strokeWidth={1} />
      ))}
      {axes.map((label, i) => {
        const [x, y] = point(i, 100);
        const [lx, ly] = point(i, 118);
        return (
          <g key={label}>
            <line x1={c} y1={c} x2={x} y2={y} stroke="#cbd5e1" strokeWidth={1} />
            <text x={lx} y={ly} textAnchor={Math.abs(lx - c) < 5 ? "middle" : lx > c ? "start" : "end"} dominantBaseline="middle" fontSize={13} fill="#334155">
              {label}
            </text>
          </g>
        );
      })}
      {series.map((s) => (
        <polygon
          key={s.label}
          points={polygon(s.values)}
          className={s.className}
          strokeWidth={2}
          strokeDasharray={s.dashed ? "6 4" : undefined}
          fillOpacity={s.dashed ? 0 : 0.25}
        />
      ))}
    </svg>
  );
}
