import type { PdfWriter } from "./writer";

/** Vector charts for the report: a radar of percentages and horizontal score bars. */

export interface RadarSeries {
  values: readonly number[];
  color: string;
  dashed?: boolean;
  fill?: boolean;
}

export function radarChart(w: PdfWriter, o: { cx: number; cy: number; radius: number; axes: readonly string[]; series: readonly RadarSeries[] }): void {
  const { doc, palette } = w;
  const n = o.axes.length;
  const point = (i: number, v: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const d = (Math.max(0, Math.min(100, v)) / 100) * o.radius;
    return [o.cx + d * Math.cos(angle), o.cy + d * Math.sin(angle)];
  };
  doc.save();
  for (const ring of [25, 50, 75, 100]) {
    const pts = o.axes.map((_, i) => point(i, ring));
    doc
      .polygon(...pts)
      .lineWidth(0.5)
      .strokeColor(palette.rule)
      .stroke();
    if (ring < 100) w.textAt(String(ring), o.cx + 3, o.cy - (ring / 100) * o.radius - 7, { size: 6, color: palette.muted });
  }
  o.axes.forEach((label, i) => {
    const [x, y] = point(i, 100);
    doc.moveTo(o.cx, o.cy).lineTo(x, y).lineWidth(0.5).strokeColor(palette.rule).stroke();
    const [lx, ly] = point(i, 122);
    const width = w.measure(label, 8);
    const align = Math.abs(lx - o.cx) < 4 ? lx - width / 2 : lx < o.cx ? lx - width : lx;
    w.textAt(label, align, ly - 4, { size: 8, color: palette.ink });
  });
  for (const s of o.series) {
    const pts = s.values.map((v, i) => point(i, v));
    doc.polygon(...pts).lineWidth(1.5);
    if (s.dashed) doc.dash(4, { space: 3 });
    if (s.fill) doc.fillOpacity(0.25).fillAndStroke(s.color, s.color);
    else doc.strokeColor(s.color).stroke();
    doc.undash().fillOpacity(1);
  }
  doc.restore();
}

export interface Bar {
  label: string;
  value: number;
  max: number;
  /** Shown as a tick, e.g. the peer median. */
  marker?: number | null;
  caption: string;
}

export function barChart(w: PdfWriter, bars: readonly Bar[], o: { x: number; width: number; labelWidth: number; markerColor: string }): void {
  const { doc, palette } = w;
  const barHeight = 10;
  const row = 24;
  for (const b of bars) {
    w.ensure(row);
    const y = w.y;
    w.textAt(b.label, o.x, y + 1, { size: 9, width: o.labelWidth - 6 });
    const trackX = o.x + o.labelWidth;
    const trackW = o.width - o.labelWidth - 70;
    doc.rect(trackX, y + 2, trackW, barHeight).fill(palette.zebra);
    doc.rect(trackX, y + 2, trackW * Math.min(1, b.value / b.max), barHeight).fill(palette.primary);
    if (b.marker !== undefined && b.marker !== null) {
      const mx = trackX + trackW * Math.min(1, b.marker / b.max);
      doc
        .moveTo(mx, y - 1)
        .lineTo(mx, y + barHeight + 5)
        .lineWidth(1.5)
        .strokeColor(o.markerColor)
        .stroke();
    }
    w.textAt(b.caption, trackX + trackW + 6, y + 1, { size: 9, color: palette.muted });
    w.y += row;
  }
  w.y += 6;
}
