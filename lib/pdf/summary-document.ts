import { formatMoney } from "@/lib/i18n/figures";
import { translator } from "@/lib/i18n/translate";
import { barChart, fit } from "./charts";
import type { RenderOptions, ReportPdfInput } from "./report-document";
import { basisLine, demoBand, palette } from "./report-document";
import { CONTENT_WIDTH, PAGE, PdfWriter } from "./writer";

/**
 * The report on one page, for a reader who will not open twenty: brand, firm, level and total, the
 * three dimensions, peer standing, the plan to the next level with its money, the best subsidy and
 * each chapter's headline. Every block is measured before it is drawn and the headlines are cut to
 * what fits: there is never a second page.
 */

const FOOTER_ROOM = 34;

export async function renderSummaryPdf(input: ReportPdfInput, options: RenderOptions = {}): Promise<Buffer> {
  const t = translator(input.locale);
  const money = (yuan: number) => formatMoney(yuan, input.locale);
  const w = new PdfWriter({
    locale: input.locale,
    palette: palette(input),
    info: {
      title: `${input.firm.name} · ${t("pdf.summary.title")}`,
      author: input.brand.name,
      subject: `${t("pdf.cover.level")}: ${input.level.name}, ${t("pdf.info.total")} ${input.level.total}`,
      keywords: t("pdf.info.keywords"),
    },
  });
  const { doc } = w;
  const limit = w.bottom - FOOTER_ROOM;
  /** Lines of a text cut to `max` lines, the last ending in an ellipsis when cut. */
  const clipped = (text: string, size: number, width: number, max: number, bold = false): string[] => {
    const all = w.lines(text, size, width, bold ? "bold" : "regular");
    if (all.length <= max) return all;
    const kept = all.slice(0, max);
    kept[max - 1] = fit(w, `${kept[max - 1]}${all[max] ?? ""}`, size, width - w.measure("…", size), bold).replace(/…$/, "") + "…";
    return kept;
  };
  const write = (lines: readonly string[], size: number, o: { bold?: boolean; color?: string; indent?: number } = {}) => {
    const lh = size * 1.5;
    for (const line of lines) {
      w.textAt(line, PAGE.left + (o.indent ?? 0), w.y + (lh - size) / 2, { size, weight: o.bold ? "bold" : "regular", color: o.color });
      w.y += lh;
    }
  };
  const heading = (text: string) => {
    w.y += 6;
    w.textAt(text, PAGE.left, w.y, { size: 11, weight: "bold", color: w.palette.primary });
    w.y += 15;
    doc
      .moveTo(PAGE.left, w.y)
      .lineTo(PAGE.left + CONTENT_WIDTH, w.y)
      .lineWidth(0.6)
      .strokeColor(w.palette.rule)
      .stroke();
    w.y += 5;
  };

  // Brand header.
  doc.rect(0, 0, PAGE.width, 78).fill(input.brand.primaryColor);
  if (input.brand.logo) doc.image(input.brand.logo, PAGE.left, 18, { fit: [90, 40] });
  else [12, 19, 26].forEach((h, i) => doc.rect(PAGE.left + i * 9, 50 - h, 6, h).fill("#ffffff"));
  const textX = PAGE.left + (input.brand.logo ? 100 : 36);
  w.textAt(input.brand.name, textX, 22, { size: 11, weight: "bold", color: "#ffffff" });
  w.textAt(t("pdf.summary.title"), textX, 40, { size: 17, weight: "bold", color: "#ffffff" });
  w.y = 92;
  if (input.demo) {
    demoBand(w, input.locale, 78);
    w.y = 112;
  }

  // Firm.
  write([fit(w, input.firm.name, 15, CONTENT_WIDTH, true)], 15, { bold: true });
  if (input.firm.facts.length > 0) write([fit(w, input.firm.facts.join(" · "), 9, CONTENT_WIDTH)], 9, { color: w.palette.muted });
  write([fit(w, `${t("pdf.cover.assessed")}: ${input.submittedAt} · ${basisLine(input)}`, 8, CONTENT_WIDTH)], 8, { color: w.palette.muted });

  // Level and total.
  w.y += 6;
  const box = w.y;
  doc.roundedRect(PAGE.left, box, CONTENT_WIDTH, 58, 6).lineWidth(1).strokeColor(input.brand.accentColor).stroke();
  w.textAt(t("pdf.cover.level") + (input.level.isReference ? t("pdf.cover.reference") : ""), PAGE.left + 14, box + 8, { size: 8.5, color: w.palette.muted });
  w.textAt(input.level.name, PAGE.left + 14, box + 22, { size: 20, weight: "bold", color: input.brand.primaryColor });
  w.textAt(t("pdf.cover.total"), PAGE.left + 200, box + 8, { size: 8.5, color: w.palette.muted });
  w.textAt(`${input.level.total} / 100`, PAGE.left + 200, box + 22, { size: 20, weight: "bold", color: input.brand.accentColor });
  w.y = box + 64;
  write(clipped(input.peers ?? t("pdf.peers.none"), 9, CONTENT_WIDTH, 2), 9, { color: w.palette.muted });

  // The three dimensions.
  heading(t("pdf.summary.dimensions"));
  barChart(
    w,
    input.dimensions.map((d) => ({
      label: d.label,
      value: d.score,
      max: d.max,
      marker: d.peerMedian,
      caption: `${d.score} / ${d.max}${d.standing ? ` · ${d.standing}` : ""}`,
    })),
    { x: PAGE.left, width: CONTENT_WIDTH, labelWidth: 100, markerColor: input.brand.accentColor, captionWidth: 120 },
  );

  // The plan to the next level.
  // The plan to the next level only: another plan would be read as that one.
  const plan = input.plans.find((p) => p.kind === "next");
  heading(plan ? t("pdf.summary.plan", { target: plan.targetName }) : t(input.level.atTop ? "pdf.summary.noPlan" : "pdf.summary.noPath"));
  if (plan) {
    const cells: [string, string][] = [
      [t("pdf.summary.steps"), t("pdf.summary.stepCount", { steps: plan.steps.length })],
      [t("pdf.effects.threeYear"), money(plan.threeYearCostYuan)],
      [t("pdf.effects.subsidy"), plan.subsidy ? money(plan.subsidy.amountYuan) : "—"],
      [t("pdf.effects.net"), money(plan.netCostYuan)],
    ];
    const cw = CONTENT_WIDTH / cells.length;
    cells.forEach(([label, value], i) => {
      const x = PAGE.left + i * cw;
      doc.rect(x + 2, w.y, cw - 4, 38).fill(w.palette.zebra);
      w.textAt(label, x + 8, w.y + 5, { size: 8, color: w.palette.muted, width: cw - 16 });
      w.textAt(fit(w, value, 12, cw - 16, true), x + 8, w.y + 18, { size: 12, weight: "bold" });
    });
    w.y += 44;
    const first = plan.steps.slice(0, 3);
    if (first.length > 0) {
      write([t("pdf.summary.firstSteps")], 9, { bold: true });
      for (const s of first) write([fit(w, `${s.n}. ${s.what}${input.locale === "zh-CN" ? "：" : ": "}${s.change}`, 9, CONTENT_WIDTH - 10)], 9, { indent: 10 });
    }
  }
  const best = plan?.subsidy;
  write(
    clipped(best ? t("pdf.summary.bestSubsidy", { title: best.title, amount: money(best.amountYuan) }) : t("pdf.summary.noSubsidy"), 9, CONTENT_WIDTH, 2),
    9,
    {
      bold: !!best,
    },
  );

  // Each chapter's headline, as many as fit.
  heading(t("pdf.summary.chapters"));
  const chapters = input.sections.filter((s) => s.key !== "summary" && s.headline);
  const cutNote = t("pdf.summary.cut");
  for (const [i, s] of chapters.entries()) {
    const titleH = 9.5 * 1.5;
    const lineH = 8.5 * 1.5;
    const reserve = i < chapters.length - 1 ? 8.5 * 1.5 : 0; // room for the note that the rest is cut
    const room = Math.floor((limit - w.y - titleH - reserve) / lineH);
    if (room < 1) {
      write([cutNote], 8.5, { color: w.palette.muted });
      break;
    }
    write([fit(w, s.title, 9.5, CONTENT_WIDTH, true)], 9.5, { bold: true });
    write(clipped(s.headline, 8.5, CONTENT_WIDTH - 10, Math.min(2, room)), 8.5, { indent: 10 });
  }

  const footer = t("pdf.summary.generated", { date: input.generatedAt });
  w.textAt(fit(w, footer, 7.5, CONTENT_WIDTH), PAGE.left, w.bottom - 12, { size: 7.5, color: w.palette.muted });
  // Every block above is measured against `limit`; this only guards the promise of one page.
  if (w.pageCount !== 1) throw new Error(`summary PDF ran to ${w.pageCount} pages`);
  options.metrics?.push(...w.metrics());
  w.decorate("", () => "", input.demo ? t("pdf.demo.footer") : null);
  return w.finish();
}
