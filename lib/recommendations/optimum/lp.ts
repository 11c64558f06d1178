import type { PlanProblem } from "./problem";

/**
 * The plan problem as a mixed-integer programme in CPLEX LP text, for HiGHS. Pure.
 *
 *   x_i  ∈ {0,1}  buy solution i
 *   t_qo ∈ {0,1}  multi question q has option o ticked       t_qo ≤ Σ x_i over i ticking o
 *   r_qk ∈ {0,1}  ordered question q reaches option k or more r_qk ≤ Σ x_i over i reaching ≥ k
 *   u_jl ∈ {0,1}  scene j stands at level l or more           u_jl ≤ u_j(l-1),  u_jl ≤ Σ x_i over i lifting j from l-1
 *   points: Σ_q min(max_q, base + Σ gains) ≥ rung score;  Σ_j u_j,rung ≥ scenes;  constrained likewise;
 *   u_j,level = 1 for each scene the firm's pain points require at that level;
 *   "A not above B": x_i ≤ [B ≥ k] for every solution i that takes A to option k (B's r-variable,
 *   or 1 when B is there already), so no plan creates that contradiction
 *   minimise Σ three-year cost · x_i
 * and, for the tie-break among sets of that cost, with Σ three-year cost · x_i ≤ the optimum:
 *   p_v ∈ {0,1}  provider v is involved                      p_v ≥ x_i for each of v's solutions
 *   minimise (Σ first-year costs + 1) · Σ p_v + Σ first-year cost · x_i
 * All coefficients are whole yuan, so optima are exact integers well inside a double's precision.
 */
export type Objective = { kind: "cost" } | { kind: "tiebreak"; maxCost3: number };

export function toLpText(p: PlanProblem, objective: Objective = { kind: "cost" }): string {
  const t = p.template;
  const obj: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const continuous: string[] = [];
  p.items.forEach((_, i) => binaries.push(`x${i}`));
  if (objective.kind === "cost") {
    p.items.forEach((item, i) => obj.push(`${item.cost3} x${i}`));
  } else {
    rows.push(`${p.items.map((item, i) => `${item.cost3} x${i}`).join(" + ")} <= ${objective.maxCost3}`);
    const weight = p.items.reduce((sum, item) => sum + item.firstYear, 0) + 1;
    const providers = [...new Set(p.items.map((item) => item.provider))];
    providers.forEach((provider, v) => {
      binaries.push(`p${v}`);
      obj.push(`${weight} p${v}`);
      p.items.forEach((item, i) => {
        if (item.provider === provider) rows.push(`p${v} - x${i} >= 0`);
      });
    });
    p.items.forEach((item, i) => obj.push(`${item.firstYear} x${i}`));
  }
  const pointsTerms: string[] = [];
  let constantMilli = 0;
  for (const q of t.questions) {
    if (q.kind === "multi") {
      const base = p.base.masks[q.index]!;
      let baseMilli = 0;
      for (let o = 0; o < q.optionMilli.length; o++) if ((base >> o) & 1) baseMilli += q.optionMilli[o] ?? 0;
      baseMilli = Math.min(baseMilli, q.maxMilli);
      const terms: string[] = [];
      for (let o = 0; o < q.optionMilli.length; o++) {
        if ((base >> o) & 1 || (q.optionMilli[o] ?? 0) <= 0) continue;
        const by = p.items
          .map((item, i) => (item.ticks.some((tk) => tk.question === q.index && (tk.mask >> o) & 1) ? `x${i}` : null))
          .filter((v) => v !== null);
        if (by.length === 0) continue;
        const v = `t${q.index}_${o}`;
        binaries.push(v);
        rows.push(`${v} - ${by.join(" - ")} <= 0`);
        terms.push(`${q.optionMilli[o]} ${v}`);
      }
      if (terms.length === 0) {
        constantMilli += baseMilli;
        continue;
      }
      // g_q: the question's points, capped at its max.
      const g = `g${q.index}`;
      continuous.push(g);
      rows.push(`${g} - ${terms.join(" - ")} <= ${baseMilli}`);
      rows.push(`${g} <= ${q.maxMilli}`);
      pointsTerms.push(g);
    } else {
      const base = p.base.options[q.index]!;
      const baseMilli = base < 0 ? 0 : (q.optionMilli[base] ?? 0);
      constantMilli += baseMilli;
      let prev = baseMilli;
      for (let k = base + 1; k < q.optionMilli.length; k++) {
        const step = (q.optionMilli[k] ?? 0) - prev;
        prev = q.optionMilli[k] ?? 0;
        const by = p.items.map((item, i) => (item.reaches.some((r) => r.question === q.index && r.option >= k) ? `x${i}` : null)).filter((v) => v !== null);
        if (by.length === 0) break;
        const v = `r${q.index}_${k}`;
        binaries.push(v);
        rows.push(`${v} - ${by.join(" - ")} <= 0`);
        if (k > base + 1) rows.push(`${v} - r${q.index}_${k - 1} <= 0`);
        if (step !== 0) pointsTerms.push(`${step} ${v}`);
      }
    }
  }
  rows.push(`${pointsTerms.length > 0 ? pointsTerms.join(" + ") : "0 x0"} >= ${p.minScoreMilli - constantMilli}`);

  for (const rule of p.consistency) {
    const b = t.questions[rule.notAbove]!;
    const bBase = p.base.options[b.index]!;
    const declared = new Set(binaries);
    p.items.forEach((item, i) => {
      const reach = item.reaches.find((r) => r.question === rule.question);
      if (!reach || reach.option <= bBase) return;
      // B must reach this option too: through its own variable, which exists only if some solution offers it.
      const v = `r${b.index}_${reach.option}`;
      rows.push(declared.has(v) ? `x${i} - ${v} <= 0` : `x${i} <= 0`);
    });
  }

  const sceneTerms: string[] = [];
  const conTerms: string[] = [];
  let atAll = 0;
  let atCon = 0;
  p.baseScenes.forEach((from, j) => {
    const need = p.required.find((x) => x.scene === j)?.level ?? 0;
    if (from >= p.level) {
      atAll++;
      if (p.constrained[j]) atCon++;
    }
    const top = Math.max(need, from >= p.level ? 0 : p.level);
    for (let l = from + 1; l <= top; l++) {
      const v = `u${j}_${l}`;
      binaries.push(v);
      const by = p.items.map((item, i) => (item.lifts.some((x) => x.scene === j && x.from === l - 1) ? `x${i}` : null)).filter((x) => x !== null);
      rows.push(by.length > 0 ? `${v} - ${by.join(" - ")} <= 0` : `${v} <= 0`);
      if (l > from + 1) rows.push(`${v} - u${j}_${l - 1} <= 0`);
    }
    if (need > from) rows.push(`u${j}_${need} >= 1`);
    if (from >= p.level) return;
    sceneTerms.push(`u${j}_${p.level}`);
    if (p.constrained[j]) conTerms.push(`u${j}_${p.level}`);
  });
  if (sceneTerms.length > 0) rows.push(`${sceneTerms.join(" + ")} >= ${p.minScenes - atAll}`);
  else if (p.minScenes > atAll) rows.push(`0 x0 >= 1`);
  if (conTerms.length > 0) rows.push(`${conTerms.join(" + ")} >= ${p.minConstrained - atCon}`);
  else if (p.minConstrained > atCon) rows.push(`0 x0 >= 1`);

  return [
    "Minimize",
    ` obj: ${obj.length > 0 ? obj.join(" + ") : "0"}`,
    "Subject To",
    ...rows.map((r, i) => ` c${i}: ${r}`),
    "Bounds",
    ...continuous.map((g) => ` 0 <= ${g} <= 1000000`),
    "Binary",
    ...binaries.map((b) => ` ${b}`),
    "End",
  ].join("\n");
}
