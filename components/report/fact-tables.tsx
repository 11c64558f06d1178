import { enumSeparator } from "@/lib/i18n/localized";
import type { ReportFacts } from "@/prompts/report";
import { Row, RowHead } from "../ui/table";
import { EffectsTables, PlanTables, ScheduleTables, SignOff } from "./fact-plans";
import { FactTable, levelText, standingText, type FactProps } from "./fact-parts";

/**
 * The figures of a chapter as tables under its text, the same the PDF shows, read from the report's
 * stored facts only (never worked out again on the page). Facts of an older format (before format 2)
 * have none of these fields: no tables then.
 */
export function FactTables({ sectionKey, facts, ...rest }: Omit<FactProps, "facts"> & { sectionKey: string; facts: ReportFacts | null }) {
  if (facts?.format !== 2) return null;
  const props = { facts, ...rest };
  switch (sectionKey) {
    case "profile":
      return <ProfileTables {...props} />;
    case "result":
      return <ResultTables {...props} />;
    case "diagnosis":
      return <DiagnosisTable {...props} />;
    case "targets":
      return <TargetTables {...props} />;
    case "plan":
      return <PlanTables {...props} />;
    case "schedule":
      return <ScheduleTables {...props} />;
    case "effects":
      return <EffectsTables {...props} />;
    case "risks":
      // Only a consultant's report is signed by both sides.
      return facts.visit ? <SignOff {...props} /> : null;
    default:
      return null;
  }
}

function ProfileTables({ facts, t }: FactProps) {
  const v = facts.visit;
  const none = t("report.facts.none");
  return (
    <>
      {facts.inventory.length > 0 ? (
        <FactTable head={[t("report.facts.item"), t("report.facts.value")]} caption={t("report.facts.inventory")} testId="facts-inventory">
          {facts.inventory.map((r) => (
            <Row key={r.item}>
              <RowHead>{r.item}</RowHead>
              <td>{r.value}</td>
            </Row>
          ))}
        </FactTable>
      ) : null}
      {v ? (
        <FactTable head={[t("report.facts.item"), t("report.facts.value")]} caption={t("report.facts.visit")} testId="facts-visit">
          {(
            [
              ["date", v.date],
              ["consultant", v.consultant],
              ["organisation", v.organisation],
              ["people", v.people],
            ] as const
          ).map(([k, value]) => (
            <Row key={k}>
              <RowHead>{t(`report.facts.visit.${k}`)}</RowHead>
              <td>{value ?? none}</td>
            </Row>
          ))}
        </FactTable>
      ) : null}
    </>
  );
}

function ResultTables({ facts, t }: FactProps) {
  const withPeers = facts.dimensions.some((d) => d.standing);
  return (
    <>
      <FactTable
        head={[t("report.facts.dimension"), t("report.facts.score"), t("report.facts.percent"), ...(withPeers ? [t("report.facts.standing")] : [])]}
        caption={t("report.facts.dimensions")}
        testId="facts-dimensions"
      >
        {facts.dimensions.map((d) => (
          <Row key={d.code}>
            <RowHead>{d.name}</RowHead>
            <td className="tabular-nums">{`${d.score} / ${d.max}`}</td>
            <td className="tabular-nums">{`${d.percent}%`}</td>
            {withPeers ? <td>{standingText(t, d.standing)}</td> : null}
          </Row>
        ))}
      </FactTable>
      <FactTable
        head={[t("report.facts.scene"), t("report.facts.group"), t("report.facts.level"), t("report.facts.constrained")]}
        caption={t("report.facts.scenes")}
        testId="facts-scenes"
        wide
      >
        {facts.scenes.map((s) => (
          <Row key={s.code}>
            <RowHead>{s.name}</RowHead>
            <td>{s.group}</td>
            <td>{levelText(t, s.level)}</td>
            <td>{s.constrained ? t("report.facts.yes") : t("report.facts.none")}</td>
          </Row>
        ))}
      </FactTable>
    </>
  );
}

function DiagnosisTable({ facts, t, locale }: FactProps) {
  if (facts.diagnosis.length === 0) return null;
  // The firm's own words, quoted as they typed them.
  const quote = (w: string) => `“${w}”`;
  return (
    <FactTable
      head={[
        t("report.facts.item"),
        t("report.facts.diagnosis.now"),
        t("report.facts.diagnosis.today"),
        t("report.facts.diagnosis.target"),
        t("report.facts.diagnosis.words"),
      ]}
      caption={t("report.facts.diagnosis")}
      testId="facts-diagnosis"
      className="align-top"
      wide
    >
      {facts.diagnosis.map((d) => (
        <Row key={`${d.kind}-${d.name}`}>
          <RowHead className="font-normal whitespace-nowrap">{d.name}</RowHead>
          <td className="whitespace-nowrap">{d.now}</td>
          <td>{d.today}</td>
          <td>{d.target}</td>
          <td>{d.quotes.length > 0 ? d.quotes.map(quote).join(enumSeparator(locale)) : t("report.facts.none")}</td>
        </Row>
      ))}
    </FactTable>
  );
}

function TargetTables({ facts, t }: FactProps) {
  const targets = facts.targets;
  if (!targets) return null;
  return (
    <>
      {targets.scenes.length > 0 ? (
        <FactTable head={[t("report.facts.scene"), t("report.facts.targets.change")]} caption={t("report.facts.targets")} testId="facts-targets">
          {targets.scenes.map((s) => (
            <Row key={s.name}>
              <RowHead>{s.name}</RowHead>
              <td>{`${levelText(t, s.fromLevel)} → ${levelText(t, s.toLevel)}`}</td>
            </Row>
          ))}
        </FactTable>
      ) : null}
      {targets.kpis.length > 0 ? (
        <FactTable head={[t("report.facts.kpi"), t("report.facts.unit"), t("report.facts.baseline")]} caption={t("report.facts.kpis")} testId="facts-kpis">
          {targets.kpis.map((k) => (
            <Row key={k.name}>
              <RowHead>{k.name}</RowHead>
              <td>{k.unit || t("report.facts.none")}</td>
              <td>{k.baseline ?? t("report.facts.baseline.toRecord")}</td>
            </Row>
          ))}
        </FactTable>
      ) : null}
    </>
  );
}
