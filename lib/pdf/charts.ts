import type { PdfWriter } from "./writer";

/** Vector charts for the report: a radar of percentages, horizontal score bars, a timeline (Gantt). */

export interface RadarSeries {
  values: readonly number[];
  color: string;
  dashed?: boolean;
  fill?: boolean;
}

export function radarChart(
  w: PdfWriter,
  o: {
    cx: number;
    cy: number;
    radius: number;
    axes: readonly string[];
    series: readonly RadarSeries[];
    /** Values written at the first series' points. */ valueLabels?: boolean;
  },
): void {
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
  const first = o.series[0];
  if (o.valueLabels && first) {
    first.values.forEach((v, i) => {
      const [x, y] = point(i, Math.max(v, 12));
      w.textAt(String(Math.round(v)), x + 2, y - 9, { size: 6.5, weight: "bold", color: first.color });
    });
  }
  w.touch(o.cy + o.radius + 20);
  doc.restore();
}

export interface LegendItem {
  label: string;
  color: string;
  /** A filled box (a bar, an area), a thin tick (a marker), a dashed line, or a light box (a range). */
  kind: "box" | "tick" | "dashed" | "light";
}

/** One line of legend entries at the cursor. */
export function legend(w: PdfWriter, items: readonly LegendItem[], o: { x: number }): void {
  const { doc } = w;
  w.ensure(16);
  let x = o.x;
  const y = w.y;
  for (const item of items) {
    if (item.kind === "box") doc.rect(x, y + 2, 14, 8).fill(item.color);
    else if (item.kind === "light")
      doc
        .rect(x, y + 2, 14, 8)
        .fillOpacity(0.3)
        .fill(item.color)
        .fillOpacity(1);
    else if (item.kind === "tick")
      doc
        .moveTo(x + 7, y)
        .lineTo(x + 7, y + 12)
        .lineWidth(1.5)
        .strokeColor(item.color)
        .stroke();
    else
      doc
        .moveTo(x, y + 6)
        .lineTo(x + 14, y + 6)
        .dash(3, { space: 2 })
        .lineWidth(1.5)
        .strokeColor(item.color)
        .stroke()
        .undash();
    w.textAt(item.label, x + 18, y + 1, { size: 8, color: w.palette.muted });
    x += 18 + w.measure(item.label, 8) + 16;
  }
  w.y += 18;
  w.touch(w.y);
}

export interface Bar {
  label: string;
  value: number;
  max: number;
  /** Shown as a tick, e.g. the peer median. */
  marker?: number | null;
  caption: string;
}

export function barChart(
  w: PdfWriter,
  bars: readonly Bar[],
  o: { x: number; width: number; labelWidth: number; markerColor: string; captionWidth?: number },
): void {
  const { doc, palette } = w;
  const barHeight = 10;
  const row = 24;
  const captionWidth = o.captionWidth ?? 70;
  for (const b of bars) {
    w.ensure(row);
    const y = w.y;
    w.textAt(b.label, o.x, y + 1, { size: 9, width: o.labelWidth - 6 });
    const trackX = o.x + o.labelWidth;
    const trackW = o.width - o.labelWidth - captionWidth;
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
    w.touch(w.y);
  }
  w.y += 6;
}

export interface GanttRow {
  label: string;
  /** 1-based weeks, inclusive: the bar runs from the start of `start` to the end of `end`. */
  start: number;
  /** The end at the shortest duration; the rest up to `end` is drawn lighter. */
  likelyEnd: number;
  end: number;
  /** A phase (bold, primary) rather than a solution within it. */
  phase: boolean;
  /** Written after the bar, e.g. the solution's name. */
  note?: string;
}

/**
 * A timeline over weeks, in vector graphics: a row per phase and per solution within it, a week
 * axis with ticks. Rows never split across pages (the whole chart moves to the next page).
 */
export function ganttChart(
  w: PdfWriter,
  rows: readonly GanttRow[],
  o: { x: number; width: number; labelWidth: number; axisLabel: (week: number) => string; unit: string },
): void {
  const { doc, palette } = w;
  const rowH = 18;
  const axisH = 26;
  const weeks = Math.max(1, ...rows.map((r) => r.end));
  w.ensure(rows.length * rowH + axisH + 8);
  const trackX = o.x + o.labelWidth;
  const trackW = o.width - o.labelWidth;
  const wx = (week: number) => trackX + (trackW * week) / weeks;
  const top = w.y;
  const bottom = top + rows.length * rowH;
  // Week grid: at most ~12 ticks.
  const step = [1, 2, 4, 5, 10, 13, 26, 52].find((s) => weeks / s <= 12) ?? Math.ceil(weeks / 12);
  for (let week = 0; week <= weeks; week += step) {
    doc
      .moveTo(wx(week), top)
      .lineTo(wx(week), bottom + 4)
      .lineWidth(0.4)
      .strokeColor(palette.rule)
      .stroke();
    if (week > 0 || weeks <= 12) {
      const label = o.axisLabel(week);
      w.textAt(label, wx(week) - w.measure(label, 7) / 2, bottom + 6, { size: 7, color: palette.muted });
    }
  }
  if (weeks % step !== 0) {
    doc
      .moveTo(wx(weeks), top)
      .lineTo(wx(weeks), bottom + 4)
      .lineWidth(0.4)
      .strokeColor(palette.rule)
      .stroke();
    const label = o.axisLabel(weeks);
    w.textAt(label, wx(weeks) - w.measure(label, 7) / 2, bottom + 6, { size: 7, color: palette.muted });
  }
  doc
    .moveTo(trackX, bottom)
    .lineTo(trackX + trackW, bottom)
    .lineWidth(0.8)
    .strokeColor(palette.muted)
    .stroke();
  w.textAt(o.unit, trackX + trackW - w.measure(o.unit, 7), bottom + 15, { size: 7, color: palette.muted });
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const size = r.phase ? 8.5 : 8;
    w.textAt(fit(w, r.label, size, o.labelWidth - 8, r.phase), o.x + (r.phase ? 0 : 8), y + (rowH - size) / 2 - 1, {
      size,
      weight: r.phase ? "bold" : "regular",
      color: r.phase ? palette.ink : palette.muted,
    });
    const h = r.phase ? 10 : 7;
    const by = y + (rowH - h) / 2;
    const color = palette.primary;
    const x0 = wx(r.start - 1);
    const x1 = wx(Math.min(r.likelyEnd, r.end));
    const x2 = wx(r.end);
    if (x2 > x1)
      doc
        .rect(x1, by, x2 - x1, h)
        .fillOpacity(0.3)
        .fill(color)
        .fillOpacity(1);
    doc.rect(x0, by, Math.max(1.5, x1 - x0), h).fill(color);
    if (r.note) {
      const room = trackX + trackW - x2 - 4;
      const note = fit(w, r.note, 7, room, false);
      if (room > 30 && note) w.textAt(note, x2 + 4, y + (rowH - 7) / 2 - 1, { size: 7, color: palette.muted });
    }
  });
  w.y = bottom + axisH;
  w.touch(w.y);
}

/** The text cut to a width with an ellipsis (labels in charts never wrap). */
export function fit(w: PdfWriter, text: string, size: number, width: number, bold = false): string {
  const weight = bold ? "bold" : "regular";
  if (w.measure(text, size, weight) <= width) return text;
  let cut = text;
  while (cut.length > 0 && w.measure(`${cut}…`, size, weight) > width) cut = cut.slice(0, -1);
  return cut.length > 0 ? `${cut}…` : "";
}
