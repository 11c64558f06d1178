import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { localize } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { providerScorecards } from "@/lib/projects/analytics";
import { MEASURE_NAMES, SCORE_FORMULA } from "@/lib/projects/scorecard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.score.title") };
}

/** Every provider's scorecard on the portal: its measures with what each rests on, and the formula. */
export default async function ProvidersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/providers`);
  const cards = await orNotFound(providerScorecards(db, actor, tenant));
  const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
  return (
    <Page title={t("proj.score.title")} lead={t("proj.score.lead")} nav={<AdminNav tenant={tenant} current="/providers" t={t} />}>
      <Panel title={t("proj.score.formula")} id="formula">
        <p className="text-sm" data-testid="score-formula">
          {localize(SCORE_FORMULA, locale)}
        </p>
      </Panel>
      <Panel title={t("proj.score.title")} id="providers">
        {cards.length === 0 ? (
          <p className="text-sm text-muted">{t("proj.score.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[
                t("proj.col.provider"),
                t("proj.score.score"),
                t("proj.dash.projects"),
                t("proj.score.levelGain"),
                ...Object.values(MEASURE_NAMES).map((m) => localize(m, locale)),
              ]}
              caption={t("proj.score.title")}
              testId="scorecards"
            >
              {cards.map((c) => (
                <Row key={c.provider}>
                  <RowHead>{c.provider}</RowHead>
                  <td className="font-semibold">{c.score === null ? "—" : c.score.toFixed(1)}</td>
                  <td>{c.facts.projects}</td>
                  <td>{c.facts.levelGain === null ? "—" : `${c.facts.levelGain > 0 ? "+" : ""}${c.facts.levelGain.toFixed(1)}`}</td>
                  {c.measures.map((m) => (
                    <td key={m.measure} className="whitespace-nowrap">
                      {pct(m.value)} <span className="text-xs text-muted">(n={m.basis})</span>
                    </td>
                  ))}
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
