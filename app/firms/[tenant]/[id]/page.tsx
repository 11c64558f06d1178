import type { Metadata } from "next";
import Link from "next/link";
import { ContactsEditor, InventoryEditor, ProfileEditor } from "@/components/firm-file/firm-file-editor";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { industryByCode } from "@/lib/enterprise/industries";
import { segmentName } from "@/lib/enterprise/segments";
import { categoriesOf } from "@/lib/firm-file/inventory";
import { firmFile } from "@/lib/firm-file/service";
import { exactMoney, formatDate, formatDateTime, formatPercent, formatScore } from "@/lib/i18n/figures";
import { localize } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

const REPORT_STATE: Record<string, "report.state.queued" | "report.state.running" | "report.state.done" | "report.state.failed"> = {
  queued: "report.state.queued",
  generating: "report.state.running",
  ready: "report.state.done",
  failed: "report.state.failed",
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ff.title") };
}

/** 一企一档: one firm's file. Its owner and consultants edit the profile, contacts and inventory; the portal reads. */
export default async function FirmFilePage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale } = await signedInPage(`/firms/${tenant}/${id}`);
  const file = await orNotFound(firmFile(db, actor, tenant, id));
  const messages = messagesWithPrefix(locale, "ff.");
  const p = file.profile;
  const level = (n: number | null) => (n === null ? "—" : t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`));
  const industry = industryByCode(p.industryCode);
  const common = { tenant, firmId: file.id, revision: file.revision, messages };
  const categories = (kind: "equipment" | "system") =>
    Object.entries(categoriesOf(kind)).map(([code, name]): [string, string] => [code, localize(name, locale)]);
  const categoryName = (kind: "equipment" | "system", code: string) => {
    const list = categoriesOf(kind);
    return Object.hasOwn(list, code) ? localize(list[code]!, locale) : code;
  };
  const e = file.equipment;
  const historyWhat = (h: (typeof file.history)[number]) =>
    h.kind === "assessment"
      ? t("ff.history.assessment")
      : h.kind === "file"
        ? h.what === "created"
          ? t("ff.history.created")
          : t("ff.history.file")
        : h.kind === "project"
          ? `${t("ff.history.project", { what: h.what })}：${h.from ? `${t(`proj.state.${h.from as "draft"}`)} → ` : ""}${t(`proj.state.${h.to as "draft"}`)}`
          : `${t("ff.history.subsidy", { what: h.what })}：${h.from ? `${t(`proj.sub.state.${h.from as "draft"}`)} → ` : ""}${t(`proj.sub.state.${h.to as "draft"}`)}`;
  return (
    <Page
      title={p.name}
      lead={[p.regionName, p.creditCode].filter(Boolean).join(" · ")}
      nav={
        <Link href={`/firms/${tenant}`} className="text-sm text-brand underline">
          {t("ff.back")}
        </Link>
      }
    >
      {!file.canEdit ? <p className="text-sm text-muted">{t("ff.readOnly")}</p> : null}
      <Panel title={t("ff.profile")} id="profile">
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" data-testid="firm-profile">
          {(
            [
              [t("ff.profile.credit"), p.creditCode ?? "—"],
              [t("ff.profile.industry"), industry ? `${p.industryCode} ${locale === "en" ? industry.en : industry.zh}` : p.industryCode],
              [t("ff.profile.segment"), p.industrySegment ? segmentName(p.industrySegment, locale) : "—"],
              [t("ff.profile.region"), p.regionName ?? "—"],
              [t("ff.profile.employees"), p.employees ?? "—"],
              [t("ff.profile.revenue"), p.revenueWan ?? "—"],
              [t("ff.profile.assets"), p.assetsWan ?? "—"],
              [t("ff.profile.size"), t(`ff.size.${(p.sizeClass ?? "unknown") as "micro"}`)],
              [
                t("ff.profile.aboveScale"),
                `${p.aboveScale === null ? t("ff.unknown") : p.aboveScale ? t("ff.yes") : t("ff.no")}${p.aboveScaleDeclared ? "" : `（${t("ff.profile.aboveScale.derived")}）`}`,
              ],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="flex gap-2">
              <dt className="text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {file.canEdit ? (
          <details>
            <summary className="cursor-pointer text-sm text-brand underline">{t("ff.profile.edit")}</summary>
            <div className="pt-3">
              <ProfileEditor
                {...common}
                profile={{
                  name: p.name,
                  creditCode: p.creditCode,
                  employees: p.employees,
                  revenueWan: p.revenueWan,
                  assetsWan: p.assetsWan,
                  aboveScaleDeclared: p.aboveScaleDeclared ? p.aboveScale : null,
                }}
              />
            </div>
          </details>
        ) : null}
      </Panel>

      <Panel title={t("ff.contacts")} id="contacts">
        {file.canEdit ? (
          <ContactsEditor {...common} contacts={file.contacts} />
        ) : file.contacts.length === 0 ? (
          <p className="text-sm text-muted">{t("ff.contacts.none")}</p>
        ) : (
          <ul className="text-sm" data-testid="contacts">
            {file.contacts.map((c, n) => (
              <li key={n}>
                {c.name}
                {c.role ? ` · ${c.role}` : ""}
                {c.phone ? ` · ${c.phone}` : ""}
                {c.email ? ` · ${c.email}` : ""}
                {c.isPrimary ? ` · ${t("ff.contact.primary")}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title={t("ff.inventory")} id="inventory">
        <p className="text-sm" data-testid="equipment-totals">
          {e.units === 0
            ? t("ff.inventory.totalsNone")
            : t("ff.inventory.totals", {
                units: e.units,
                counted: e.counted,
                networked: e.networked,
                share: e.share === null ? "—" : formatPercent(e.share, 1),
              })}
        </p>
        {file.inventory.length > 0 ? (
          <div className="overflow-x-auto">
            <Table
              head={[
                t("ff.inv.kind"),
                t("ff.inv.category"),
                t("ff.inv.name"),
                t("ff.inv.vendor"),
                t("ff.inv.quantity"),
                t("ff.inv.networked"),
                t("ff.inv.since"),
              ]}
              caption={t("ff.inventory")}
              density="compact"
              testId="inventory"
            >
              {file.inventory.map((l, n) => (
                <Row key={n}>
                  <td>{t(`ff.inv.kind.${l.kind}`)}</td>
                  <td>{categoryName(l.kind, l.category)}</td>
                  <RowHead>{l.name}</RowHead>
                  <td>{[l.vendor, l.model].filter(Boolean).join(" ") || "—"}</td>
                  <td>{l.quantity}</td>
                  <td>{l.networked ?? "—"}</td>
                  <td>{l.sinceYear ?? "—"}</td>
                </Row>
              ))}
            </Table>
          </div>
        ) : (
          <p className="text-sm text-muted">{t("ff.inventory.none")}</p>
        )}
        {file.canEdit ? (
          <details>
            <summary className="cursor-pointer text-sm text-brand underline">{t("ff.inventory.edit")}</summary>
            <div className="pt-3">
              <InventoryEditor {...common} inventory={file.inventory} categories={{ equipment: categories("equipment"), system: categories("system") }} />
            </div>
          </details>
        ) : null}
      </Panel>

      <Panel title={t("ff.assessments")} id="assessments">
        {file.assessments.length === 0 ? (
          <p className="text-sm text-muted">{t("ff.assessments.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="firm-assessments">
            {file.assessments.map((a) => (
              <li key={a.id}>
                {a.status === "submitted" && a.submittedAt
                  ? t("ff.assessment.submitted", {
                      date: formatDate(a.submittedAt, locale),
                      level: level(a.level),
                      total: a.total === null ? "—" : formatScore(a.total),
                    })
                  : t("ff.assessment.draft", { date: formatDate(a.createdAt, locale) })}
                {a.evidenceFiles > 0 ? ` · ${t("ff.assessment.evidence", { n: a.evidenceFiles })}` : ""}
                {a.reports.length > 0
                  ? ` · ${t("ff.assessment.reports", { list: a.reports.map((r) => `${t(r.language === "en" ? "ff.report.en" : "ff.report.zh")}${t(REPORT_STATE[r.status] ?? "report.state.queued")}`).join("、") })}`
                  : ""}
                {a.status === "submitted" ? (
                  <>
                    {" · "}
                    <Link href={`/assess/${a.id}/result`} className="text-brand underline">
                      {t("ff.assessment.open")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title={t("ff.projects")} id="projects">
        {file.projects.length === 0 ? (
          <p className="text-sm text-muted">{t("ff.projects.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {file.projects.map((x) => (
              <li key={x.id}>
                <Link href={`/projects/${tenant}/${x.id}`} className="text-brand underline">
                  {x.title}
                </Link>{" "}
                · {t(`proj.state.${x.status as "draft"}`)} · {x.providerName} · {exactMoney(x.contractAmountYuan, locale)}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title={t("ff.subsidies")} id="subsidies">
        {file.subsidies.length === 0 ? (
          <p className="text-sm text-muted">{t("ff.subsidies.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {file.subsidies.map((s) => (
              <li key={s.id}>
                <Link href={`/projects/${tenant}/${s.projectId}#subsidies`} className="text-brand underline">
                  {s.policyTitle}
                </Link>{" "}
                · {s.batch} · {t(`proj.sub.state.${s.status as "draft"}`)} · {t("proj.sub.requested", { amount: exactMoney(s.requestedYuan, locale) })}
                {s.paidYuan !== null ? ` · ${t("proj.sub.paid", { amount: exactMoney(s.paidYuan, locale), date: s.paidOn ?? "—" })}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title={t("ff.history")} id="history">
        {file.history.length === 0 ? (
          <p className="text-sm text-muted">{t("ff.history.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="firm-history">
            {file.history.map((h, n) => (
              <li key={n}>
                {formatDateTime(h.at, locale)} · {historyWhat(h)}
                {h.actor ? ` · ${h.actor}` : ""}
                {h.note ? ` · ${h.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </Page>
  );
}
