import { exactMoney, formatDateTime } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized";
import type { Translate } from "@/lib/i18n/translate";
import type { SubsidyApplicationDetail, SubsidyOption } from "@/lib/subsidies/service";
import { DeleteFileButton } from "../projects/project-workbench";
import { MaterialControls, NewSubsidyApplication, SubsidyMoves, type SubsidyOptionView } from "./subsidy-controls";

/**
 * The project page's 补贴申报 section: each application with its claim, its materials checklist, the
 * policy's conditions checked now and its history, the moves the caller may make; and the form to
 * apply for another policy.
 */
export function SubsidyPanel({
  tenant,
  projectId,
  applications,
  options,
  canApply,
  applying,
  locale,
  t,
  messages,
}: {
  tenant: string;
  projectId: string;
  applications: SubsidyApplicationDetail[];
  options: SubsidyOption[];
  canApply: boolean;
  /** The project's state lets an application be made. */
  applying: boolean;
  locale: Locale;
  t: Translate;
  messages: Record<string, string>;
}) {
  const money = (yuan: number) => exactMoney(yuan, locale);
  const views: SubsidyOptionView[] = options.map((o) => ({
    policyId: o.policyId,
    title: localize(o.title, locale),
    demo: o.demo,
    verdict: o.fit.verdict,
    reasons: o.fit.checks.map((c) => localize(c.reason, locale)),
    payment: o.payment,
    deadline: o.window?.until ?? null,
    materials: o.materials,
    items: o.items.map((i) => ({ id: i.id, name: i.name, amountYuan: i.amountYuan, coverage: i.coverage, claimed: i.claimedBy !== null })),
    defaultItemIds: o.defaultItemIds,
    estimateYuan: o.estimateYuan,
    percent: o.percent,
    capYuan: o.capYuan,
    level: t(`ws.level.${o.fit.level as 0 | 1 | 2 | 3 | 4}`) + (o.fit.levelSource === "target" ? t("proj.sub.targetLevelNote") : ""),
    applied: o.applicationId !== null,
  }));
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("proj.sub.lead")}</p>
      {applications.length === 0 ? <p className="text-sm">{t("proj.sub.none")}</p> : null}
      {applications.map((a) => (
        <article key={a.id} className="space-y-2 rounded border border-slate-200 p-3" data-testid="subsidy-application" aria-labelledby={`sub-${a.id}`}>
          <h3 id={`sub-${a.id}`} className="font-semibold">
            {a.policyTitle} · {a.batch}
          </h3>
          <p className="text-sm">
            <span className="font-medium" data-testid="subsidy-state">
              {t(`proj.sub.state.${a.status}`)}
            </span>
            {" · "}
            {a.deadline ? t("proj.sub.deadlineOn", { date: a.deadline }) : t("proj.sub.noDeadline")}
            {" · "}
            {t("proj.sub.requested", { amount: money(a.requestedYuan) })}
            {a.estimateYuan !== null && a.fit
              ? ` · ${t("proj.sub.estimated", { amount: money(a.estimateYuan), level: t(`ws.level.${a.fit.level as 0 | 1 | 2 | 3 | 4}`) })}`
              : ""}
            {a.approvedYuan !== null ? ` · ${t("proj.sub.approved", { amount: money(a.approvedYuan) })}` : ""}
            {a.paidYuan !== null ? ` · ${t("proj.sub.paid", { amount: money(a.paidYuan), date: a.paidOn ?? "" })}` : ""}
          </p>
          {a.aboveEstimate ? <p className="text-sm text-amber-800">{t("proj.sub.aboveEstimate")}</p> : null}
          {a.lastNote ? <p className="text-sm text-muted">{t("proj.detail.lastNote", { note: a.lastNote })}</p> : null}
          <p className="text-sm">
            {t("proj.sub.items")}：{a.items.map((i) => `${i.name}（${money(i.amountYuan)}）`).join("、")}
          </p>
          <div className="text-sm">
            <p className="font-medium">{t("proj.sub.fit")}</p>
            {a.fit ? (
              <>
                <p>
                  {t(`proj.sub.verdict.${a.fit.verdict}`)} ·{" "}
                  {t(`proj.sub.fitLevel.${a.fit.levelSource}`, { level: t(`ws.level.${a.fit.level as 0 | 1 | 2 | 3 | 4}`) })}
                </p>
                {a.fit.checks.length > 0 ? (
                  <ul className="list-disc pl-5">
                    {a.fit.checks.map((c) => (
                      <li key={c.condition} className={c.status === "unmet" ? "text-red-800" : ""}>
                        {localize(c.reason, locale)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <p>{t("proj.sub.fitGone")}</p>
            )}
          </div>
          <div className="text-sm">
            <p className="font-medium">{t("proj.sub.materials")}</p>
            {a.materials.length === 0 ? <p>{t("proj.sub.materialsNone")}</p> : null}
            <ol className="list-decimal space-y-2 pl-5" data-testid="subsidy-materials">
              {a.materials.map((m, n) => (
                <li key={n}>
                  <span className="font-medium">{m.name}</span> —{" "}
                  <span data-testid="material-state">
                    {m.files.length > 0 ? (
                      <span className="text-emerald-800">
                        {m.files.map((f) => (
                          <span key={f.id} className="mr-2">
                            <a href={`/api/tenants/${tenant}/projects/${projectId}/subsidy-applications/${a.id}/files/${f.id}`} className="underline">
                              {f.fileName}
                            </a>
                            {canApply && a.status === "draft" && !f.submitted ? (
                              <DeleteFileButton
                                url={`/api/tenants/${tenant}/projects/${projectId}/subsidy-applications/${a.id}/files/${f.id}`}
                                fileName={f.fileName}
                                messages={messages}
                              />
                            ) : null}
                          </span>
                        ))}
                      </span>
                    ) : m.offline ? (
                      <span>{t("proj.sub.material.offline")}</span>
                    ) : (
                      <span className="text-red-800">{t("proj.sub.material.missing")}</span>
                    )}
                  </span>
                  {m.note ? ` · ${m.note}` : ""}
                  {canApply && a.status === "draft" ? (
                    <MaterialControls
                      key={`${m.offline}`}
                      tenant={tenant}
                      projectId={projectId}
                      applicationId={a.id}
                      index={n}
                      name={m.name}
                      offline={m.offline}
                      materials={a.materials.map((x) => ({ offline: x.offline, note: x.note }))}
                      messages={messages}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
          <SubsidyMoves tenant={tenant} projectId={projectId} applicationId={a.id} revision={a.revision} allowed={a.allowed} messages={messages} />
          <details className="text-sm">
            <summary className="cursor-pointer">{t("proj.sub.history")}</summary>
            <ul className="space-y-1 pt-1">
              {a.events.map((e, n) => (
                <li key={n}>
                  {formatDateTime(e.at, locale)} · {e.from ? `${t(`proj.sub.state.${e.from as "draft"}`)} → ` : ""}
                  {t(`proj.sub.state.${e.to as "draft"}`)}
                  {e.amountYuan !== null ? ` · ${money(e.amountYuan)}` : ""}
                  {e.actor ? ` · ${e.actor}` : ""}
                  {e.note ? ` · ${e.note}` : ""}
                </li>
              ))}
            </ul>
          </details>
        </article>
      ))}
      {canApply ? (
        applying ? (
          <section aria-labelledby="new-subsidy-title" className="space-y-2">
            <h3 id="new-subsidy-title" className="font-semibold">
              {t("proj.sub.new")}
            </h3>
            <NewSubsidyApplication tenant={tenant} projectId={projectId} options={views} locale={locale} messages={messages} />
          </section>
        ) : (
          <p className="text-sm text-muted">{t("proj.sub.notYet")}</p>
        )
      ) : null}
    </div>
  );
}
