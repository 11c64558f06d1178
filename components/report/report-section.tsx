import type { ReactNode } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { colon } from "@/lib/i18n/localized";
import type { ReportSectionView, ReportView } from "@/lib/reports/service";
import { FactTables } from "./fact-tables";
import { RichText } from "./rich-text";

/** One written section of the report: headline, paragraphs, bullets, its facts tables, its sources and what was rejected; `tools` are an editor's. */
export function Section({
  section,
  view,
  t,
  locale,
  tools,
}: {
  section: ReportSectionView;
  view: ReportView;
  t: ClientT;
  locale: "zh-CN" | "en";
  tools?: ReactNode;
}) {
  const colonText = colon(locale);
  const c = section.content;
  const writer = section.provenance?.writer;
  return (
    <section
      aria-labelledby={`s-${section.key}`}
      className="report-section border-t border-slate-200 pt-6"
      data-testid={`section-${section.key}`}
      data-writer={writer ?? ""}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`s-${section.key}`} className="text-xl font-semibold">
          {section.title}
        </h2>
        <span className="inline-flex flex-wrap items-center gap-2">
          {writer ? (
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-muted">{t(`report.writer.${writer}`)}</span>
          ) : (
            <span className="text-xs text-muted">{t(`report.state.${section.state}`)}</span>
          )}
          {tools}
        </span>
      </div>
      {c ? (
        <>
          <p className="mt-3 font-medium">
            <RichText text={c.headline} references={view.references} demoMark={t("report.demo")} locale={locale} />
          </p>
          {c.paragraphs.map((p, i) => (
            <p key={i} className="mt-3 leading-relaxed">
              <RichText text={p} references={view.references} demoMark={t("report.demo")} locale={locale} />
            </p>
          ))}
          {c.bullets.length > 0 ? (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {c.bullets.map((b, i) => (
                <li key={i}>
                  <RichText text={b} references={view.references} demoMark={t("report.demo")} locale={locale} />
                </li>
              ))}
            </ul>
          ) : null}
          {/* An old-structure section (a restored old version) has no tables, even where its key is a chapter's. */}
          <FactTables sectionKey={section.key} facts={section.legacy ? null : view.facts} names={view.factNames} t={t} locale={locale} />
          {section.sources.length > 0 ? (
            <div className="mt-4 border-l-2 border-slate-200 pl-3 text-xs text-muted">
              <p className="font-medium">{t("report.sources")}</p>
              <dl className="mt-1 space-y-1">
                {section.sources.map((s) => (
                  <div key={s.label}>
                    <dt className="inline font-medium">
                      {s.label}
                      {colonText}
                    </dt>
                    <dd className="inline">
                      {s.detail}
                      {s.links?.map((l) => (
                        <span key={l.href}>
                          {" "}
                          <a href={l.href} className="underline" rel="noreferrer noopener" target="_blank">
                            {l.title}
                          </a>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ) : null}
          {section.provenance?.rejected && section.provenance.rejected.length > 0 ? (
            <details className="print:hidden mt-2 text-xs text-muted">
              <summary className="cursor-pointer">{t("report.rejected", { count: section.provenance.rejected.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {section.provenance.rejected.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <div className="mt-3 h-16 animate-pulse rounded bg-slate-100" aria-hidden="true" />
      )}
    </section>
  );
}
