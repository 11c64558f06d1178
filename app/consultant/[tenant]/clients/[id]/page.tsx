import type { Metadata } from "next";
import Link from "next/link";
import { EvidencePanel } from "@/components/workspace/evidence-panel";
import { StartVisit } from "@/components/workspace/start-visit";
import { Page, Panel } from "@/components/ui/page";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { clientDetail } from "@/lib/consultants/clients";
import { formatDate, formatScore } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { getTemplate, templateForIndustry } from "@/scoring";
import { Row, RowHead, Table } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.client.title") };
}

export default async function ClientPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale } = await portalPage("consultant", tenant, `/consultant/${tenant}/clients/${id}`);
  const detail = await orNotFound(clientDetail(db, actor, tenant, id, locale));
  const messages = messagesWithPrefix(locale, "ws.");
  const template = getTemplate(templateForIndustry(detail.enterprise.industryCode));
  const questions = [
    ...template.def.questions.map((q) => ({ code: q.code, label: q.label[locale] })),
    ...template.def.scenes.map((s) => ({ code: s.code, label: s.label[locale] })),
  ];
  const level = (n: number | null) => (n === null ? "—" : t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`));
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : "—");
  const c = detail.changes;
  return (
    <Page
      title={detail.enterprise.name}
      lead={[detail.enterprise.regionName, detail.enterprise.creditCode].filter(Boolean).join(" · ")}
      nav={
        <span className="flex flex-wrap gap-4">
          <Link href={`/consultant/${tenant}`} className="text-sm text-brand underline">
            ← {t("ws.clients.title")}
          </Link>
          <Link href={`/firms/${tenant}/${id}`} className="text-sm text-brand underline" data-testid="firm-file-link">
            {t("ff.link")}
          </Link>
        </span>
      }
    >
      <Panel title={t("ws.client.contact")} id="contact">
        <p className="text-sm">
          {detail.contact.name ?? "—"} · {detail.contact.email ?? t("ws.client.noEmail")} ·{" "}
          {detail.contact.hasAccount ? t("ws.client.hasAccount") : t("ws.client.noAccount")}
        </p>
        {detail.note ? <p className="text-sm text-muted">{detail.note}</p> : null}
      </Panel>

      <Panel
        title={t("nav.projects")}
        id="client-projects"
        actions={
          <Link href={`/projects/${tenant}/new?enterprise=${id}`} className="text-sm text-brand underline" data-testid="new-client-project">
            {t("proj.new")}
          </Link>
        }
      >
        <p className="text-sm text-muted">{t("proj.lead")}</p>
        <Link href={`/projects/${tenant}`} className="text-sm text-brand underline">
          {t("proj.title")}
        </Link>
      </Panel>

      <Panel title={t("ws.visit.title")} id="visit">
        <p className="text-sm text-muted">{t("ws.visit.lead")}</p>
        <StartVisit tenant={tenant} enterpriseId={id} locale={locale} messages={messages} />
      </Panel>

      <Panel title={t("ws.client.assessments")} id="assessments">
        {detail.assessments.length === 0 ? (
          <p className="text-sm text-muted">{t("ws.clients.never")}</p>
        ) : (
          <ul className="space-y-6" data-testid="client-assessments">
            {detail.assessments.map((a) => (
              <li key={a.id} className="space-y-2 border-b border-slate-100 pb-4">
                <p className="font-medium">
                  {date(a.startedAt)} · {t(`ws.mode.${a.mode as "self" | "consultant_onsite" | "consultant_remote" | "embed"}`)} ·{" "}
                  {a.status === "submitted" ? `${level(a.level)} · ${a.total === null ? "—" : formatScore(a.total)} ${t("ws.points")}` : t("ws.status.draft")}
                </p>
                <p className="flex flex-wrap gap-3 text-sm">
                  {a.status === "submitted" ? (
                    <>
                      <Link href={`/assess/${a.id}/report`} className="text-brand underline" data-testid="open-report">
                        {t("ws.client.report")}
                      </Link>
                      <span className="text-muted">
                        {a.report
                          ? a.report.published !== null
                            ? t("ws.report.published", { version: a.report.published })
                            : t("ws.report.unpublished", { version: a.report.version })
                          : ""}
                      </span>
                    </>
                  ) : (
                    <Link href={`/assess/${a.id}`} className="text-brand underline" data-testid="continue-visit">
                      {t("ws.client.continue")}
                    </Link>
                  )}
                </p>
                {a.mode !== "self" ? (
                  <details open={a.status === "draft"}>
                    <summary className="cursor-pointer text-sm font-medium">{t("ws.evidence.title")}</summary>
                    <div className="mt-2">
                      <EvidencePanel assessmentId={a.id} questions={questions} editable={a.status === "draft"} messages={messages} />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title={t("ws.changes.title")} id="changes">
        {!c ? (
          <p className="text-sm text-muted">{t("ws.changes.none")}</p>
        ) : (
          <div className="space-y-4" data-testid="client-changes">
            <p className="text-sm">
              {t("ws.changes.summary", {
                before: formatScore(c.total.before),
                after: formatScore(c.total.after),
                levelBefore: level(c.level.before),
                levelAfter: level(c.level.after),
              })}
            </p>
            <div className="overflow-x-auto">
              <Table head={[t("ws.changes.dimension"), t("ws.changes.before"), t("ws.changes.after")]} caption={t("ws.changes.dimensions")} density="compact">
                {c.dimensions.map((d) => (
                  <Row key={d.code}>
                    <RowHead>{d.label}</RowHead>
                    <td>{formatScore(d.before)}</td>
                    <td>{formatScore(d.after)}</td>
                  </Row>
                ))}
              </Table>
            </div>
            {c.answers.length === 0 ? (
              <p className="text-sm text-muted">{t("ws.changes.noAnswers")}</p>
            ) : (
              <div className="overflow-x-auto">
                <Table
                  head={[t("ws.changes.question"), t("ws.changes.before"), t("ws.changes.after")]}
                  caption={t("ws.changes.answers", { count: c.answers.length })}
                  captionClassName="text-left font-medium"
                  density="compact"
                >
                  {c.answers.map((x) => (
                    <Row key={x.code}>
                      <RowHead>
                        {x.code} {x.label}
                      </RowHead>
                      <td>{x.before}</td>
                      <td>{x.after}</td>
                    </Row>
                  ))}
                </Table>
              </div>
            )}
          </div>
        )}
      </Panel>
    </Page>
  );
}
