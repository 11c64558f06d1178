import { template as templateSchema, type DimensionCode, type QuestionDef, type SceneDef, type TemplateDef, type LevelRung } from "./schema";

/** A template checked against its invariants and indexed for the engine. Points are in thousandths. */
export interface CompiledQuestion {
  def: QuestionDef;
  index: number;
  code: string;
  kind: QuestionDef["kind"];
  maxMilli: number;
  dimension: DimensionCode;
  dimensionIndex: number;
  indicatorIndex: number;
  optionIndex: ReadonlyMap<string, number>;
  optionMilli: readonly number[];
  /** Points (thousandths) by option code: one lookup on the scoring hot path. */
  milliByCode: ReadonlyMap<string, number>;
  /** Index of the exclusive "none" option of a multi question, else -1. */
  noneIndex: number;
}

export interface CompiledScene {
  def: SceneDef;
  index: number;
  code: string;
  groupIndex: number;
  /** Effort of each step: [0→1, 1→2, 2→3, 3→4]. */
  stepEffort: readonly number[];
}

export interface CompiledRung extends LevelRung {
  minScoreMilli: number;
}

export interface CompiledTemplate {
  def: TemplateDef;
  id: string;
  version: string;
  questions: readonly CompiledQuestion[];
  questionByCode: ReadonlyMap<string, CompiledQuestion>;
  scenes: readonly CompiledScene[];
  sceneByCode: ReadonlyMap<string, CompiledScene>;
  dimensionCodes: readonly DimensionCode[];
  indicatorCodes: readonly string[];
  /** Level rule, highest level first. */
  rungs: readonly CompiledRung[];
  /**
   * Each rung asks at least as much as the one below on all three conditions (true of the official
   * rule), so reaching a level never costs less through a higher rung.
   */
  rungsMonotone: boolean;
  /** Constrained flags per scene index, by profile code. */
  profiles: ReadonlyMap<string, readonly boolean[]>;
  defaultConstrained: readonly boolean[];
}

export class TemplateError extends Error {
  constructor(
    readonly templateId: string,
    readonly problems: readonly string[],
  ) {
    super(`template ${templateId}: ${problems.join("; ")}`);
    this.name = "TemplateError";
  }
}

export const milli = (points: number): number => Math.round(points * 1000);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function checkInvariants(t: TemplateDef): string[] {
  const problems: string[] = [];
  const dup = (what: string, values: readonly string[]) => {
    for (const d of duplicates(values)) problems.push(`duplicate ${what} code ${d}`);
  };
  dup(
    "dimension",
    t.dimensions.map((d) => d.code),
  );
  dup(
    "indicator",
    t.indicators.map((i) => i.code),
  );
  dup("question/scene", [...t.questions.map((q) => q.code), ...t.scenes.map((s) => s.code)]);
  dup(
    "scene group",
    t.sceneGroups.map((g) => g.code),
  );
  dup(
    "profile",
    t.profiles.map((p) => p.code),
  );

  const indicators = new Map(t.indicators.map((i) => [i.code, i]));
  const questionsByIndicator = new Map<string, number>();
  for (const q of t.questions) {
    const where = `question ${q.code}`;
    const ind = indicators.get(q.indicator);
    if (!ind) {
      problems.push(`${where}: unknown indicator ${q.indicator}`);
      continue;
    }
    questionsByIndicator.set(q.indicator, (questionsByIndicator.get(q.indicator) ?? 0) + milli(q.max));
    for (const d of duplicates(q.options.map((o) => o.code))) problems.push(`${where}: duplicate option ${d}`);
    for (const o of q.options) {
      if (milli(o.points) > milli(q.max)) problems.push(`${where}: option ${o.code} gives ${o.points} points, above the question max ${q.max}`);
      if (milli(o.points) > milli(ind.max)) problems.push(`${where}: option ${o.code} gives ${o.points} points, above the indicator max ${ind.max}`);
    }
    if (q.kind === "multi") {
      const none = q.options.find((o) => o.code === q.none);
      if (!none) problems.push(`${where}: the none option ${q.none} is not among the options`);
      else if (none.points !== 0) problems.push(`${where}: the none option must be worth 0`);
      const sum = q.options.reduce((s, o) => s + milli(o.points), 0);
      if (sum < milli(q.max)) problems.push(`${where}: all options together give ${sum / 1000}, less than the max ${q.max}`);
    } else {
      const top = Math.max(...q.options.map((o) => milli(o.points)));
      if (top !== milli(q.max)) problems.push(`${where}: the best option gives ${top / 1000}, not the max ${q.max}`);
      for (let i = 1; i < q.options.length; i++) {
        const prev = q.options[i - 1];
        const cur = q.options[i];
        if (prev && cur && (cur.points < prev.points || cur.effort < prev.effort)) {
          problems.push(`${where}: options must be listed from lowest to highest (points and effort)`);
          break;
        }
      }
      if ((q.options[0]?.effort ?? 0) !== 0) problems.push(`${where}: the lowest option must take 0 effort`);
    }
    if (q.kind === "band") {
      if (q.options[0]?.min !== 0) problems.push(`${where}: the first band must start at 0`);
      if (q.options[q.options.length - 1]?.max !== 100) problems.push(`${where}: the last band must end at 100`);
      for (let i = 1; i < q.options.length; i++) {
        if (q.options[i]?.min !== q.options[i - 1]?.max) problems.push(`${where}: band ${q.options[i]?.code} does not start where the previous one ends`);
      }
    }
    if (q.kind === "trend" && q.options.map((o) => o.code).join(",") !== "worse,flat,better") {
      problems.push(`${where}: trend options must be worse, flat, better`);
    }
  }
  for (const ind of t.indicators) {
    const sum = questionsByIndicator.get(ind.code) ?? 0;
    if (sum !== milli(ind.max)) problems.push(`indicator ${ind.code}: its questions add up to ${sum / 1000}, not its max ${ind.max}`);
  }
  for (const dim of t.dimensions) {
    const sum = t.indicators.filter((i) => i.dimension === dim.code).reduce((s, i) => s + milli(i.max), 0);
    if (sum !== milli(dim.max)) problems.push(`dimension ${dim.code}: its indicators add up to ${sum / 1000}, not its max ${dim.max}`);
  }
  const total = t.dimensions.reduce((s, d) => s + milli(d.max), 0);
  if (total !== 100_000) problems.push(`the dimensions add up to ${total / 1000}, not 100`);

  const groups = new Set(t.sceneGroups.map((g) => g.code));
  for (const s of t.scenes) if (!groups.has(s.group)) problems.push(`scene ${s.code}: unknown group ${s.group}`);
  const sceneCodes = new Set(t.scenes.map((s) => s.code));
  for (const p of t.profiles) {
    for (const s of p.scenes) if (!sceneCodes.has(s)) problems.push(`profile ${p.code}: unknown scene ${s}`);
    for (const d of duplicates(p.scenes)) problems.push(`profile ${p.code}: scene ${d} listed twice`);
  }
  if (!t.profiles.some((p) => p.code === t.defaultProfile)) problems.push(`default profile ${t.defaultProfile} is not defined`);

  dup(
    "level",
    t.levelRule.map((r) => String(r.level)),
  );
  for (const r of t.levelRule) {
    if (r.minScenes > t.scenes.length) problems.push(`level ${r.level}: needs ${r.minScenes} scenes, the template has ${t.scenes.length}`);
    if (r.minConstrained > r.minScenes) problems.push(`level ${r.level}: more constrained scenes than scenes required`);
  }

  const ordered = new Set(t.questions.filter((q) => q.kind !== "multi").map((q) => q.code));
  for (const c of t.consistency) {
    if (!ordered.has(c.question) || !ordered.has(c.notAbove))
      problems.push(`consistency rule ${c.question} ≤ ${c.notAbove}: both must be single, band or trend questions`);
  }
  for (const r of t.skipRules) {
    const q = t.questions.find((x) => x.code === r.question);
    const when = t.questions.find((x) => x.code === r.when.question);
    if (!q || !when) {
      problems.push(`skip rule for ${r.question}: unknown question`);
      continue;
    }
    if (q.kind === "multi" || !q.options.some((o) => o.code === r.implies))
      problems.push(`skip rule for ${r.question}: implied answer ${r.implies} is not one of its options`);
    for (const o of r.when.in) if (!when.options.some((x) => x.code === o)) problems.push(`skip rule for ${r.question}: ${r.when.question} has no option ${o}`);
  }
  return problems;
}

export function compileTemplate(raw: unknown): CompiledTemplate {
  const parsed = templateSchema.safeParse(raw);
  const id = typeof raw === "object" && raw && "id" in raw ? String(raw.id) : "(unnamed)";
  if (!parsed.success) {
    throw new TemplateError(
      id,
      parsed.error.issues.map((i) => `${i.path.join(".") || "template"}: ${i.message}`),
    );
  }
  const def = parsed.data;
  const problems = checkInvariants(def);
  if (problems.length > 0) throw new TemplateError(def.id, problems);

  const dimensionCodes = def.dimensions.map((d) => d.code);
  const indicatorCodes = def.indicators.map((i) => i.code);
  const indicatorDimension = new Map(def.indicators.map((i) => [i.code, i.dimension]));
  const questions: CompiledQuestion[] = def.questions.map((q, index) => {
    const dimension = indicatorDimension.get(q.indicator) as DimensionCode;
    return {
      def: q,
      index,
      code: q.code,
      kind: q.kind,
      maxMilli: milli(q.max),
      dimension,
      dimensionIndex: dimensionCodes.indexOf(dimension),
      indicatorIndex: indicatorCodes.indexOf(q.indicator),
      optionIndex: new Map(q.options.map((o, i) => [o.code, i])),
      optionMilli: q.options.map((o) => milli(o.points)),
      milliByCode: new Map(q.options.map((o) => [o.code, milli(o.points)])),
      noneIndex: q.kind === "multi" ? q.options.findIndex((o) => o.code === q.none) : -1,
    };
  });
  const groupCodes = def.sceneGroups.map((g) => g.code);
  const scenes: CompiledScene[] = def.scenes.map((s, index) => ({
    def: s,
    index,
    code: s.code,
    groupIndex: groupCodes.indexOf(s.group),
    stepEffort: s.stepEffort ?? def.sceneStepEffort,
  }));
  const profiles = new Map(def.profiles.map((p) => [p.code, scenes.map((s) => p.scenes.includes(s.code))]));
  const rungs = [...def.levelRule].sort((a, b) => b.level - a.level).map((r) => ({ ...r, minScoreMilli: milli(r.minScore) }));
  const rungsMonotone = rungs.every((r, i) => {
    const lower = rungs[i + 1];
    return !lower || (r.minScore >= lower.minScore && r.minScenes >= lower.minScenes && r.minConstrained >= lower.minConstrained);
  });
  return {
    def,
    id: def.id,
    version: def.version,
    questions,
    questionByCode: new Map(questions.map((q) => [q.code, q])),
    scenes,
    sceneByCode: new Map(scenes.map((s) => [s.code, s])),
    dimensionCodes,
    indicatorCodes,
    rungs,
    rungsMonotone,
    profiles,
    defaultConstrained: profiles.get(def.defaultProfile) ?? scenes.map(() => false),
  };
}

/**
 * Constrained flags for a profile: a named profile of the template, or a city's own list of scene
 * codes (validated here, since it comes from outside the template).
 */
export function constrainedFlags(t: CompiledTemplate, profile?: string | readonly string[]): readonly boolean[] {
  if (profile === undefined) return t.defaultConstrained;
  if (typeof profile === "string") {
    const flags = t.profiles.get(profile);
    if (!flags) throw new TemplateError(t.id, [`unknown scene profile ${profile}`]);
    return flags;
  }
  const unknown = profile.filter((code) => !t.sceneByCode.has(code));
  if (unknown.length > 0)
    throw new TemplateError(
      t.id,
      unknown.map((c) => `profile names unknown scene ${c}`),
    );
  return t.scenes.map((s) => profile.includes(s.code));
}
