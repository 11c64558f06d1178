/**
 * `npm run --silent plan -- FILE`: the exact least-cost plan for one request or an array of them,
 * `{template, answers, firm: {industryCode, sizeClass, provinceCode, cityCode}, target}`, over the
 * seeded catalogue (demo solutions included). FILE may be `-` for standard input. Prints JSON; invalid
 * input exits 2 with one problem per line on standard error, each naming its field.
 */
import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { formatPlanProblem, planBatch } from "@/lib/recommendations/plan-batch";
import { loadSolver } from "@/lib/recommendations/optimum/solve";
import { readJsonInput } from "./lib/json-input";

const input = readJsonInput("npm run --silent plan -- FILE   (FILE may be - for stdin)");

const result = planBatch(input, {
  solver: await loadSolver(),
  catalogue: loadSolutionCatalogue(),
  policies: loadPolicyCatalogue(),
  today: new Date().toISOString().slice(0, 10),
});
if (!result.ok) {
  for (const p of result.problems) console.error(formatPlanProblem(p));
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
