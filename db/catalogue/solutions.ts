import solutionsData from "../seed/data/solutions.json";
import { parseSolutions, type SolutionEntry } from "./solution-schema";

export { firstYearCost, parseSolutions, solutionEntry, type SolutionEntry } from "./solution-schema";

/** The demo solution catalogue shipped with the product (db/seed/data/solutions.json). */
export function loadSolutionCatalogue(raw: unknown = solutionsData): SolutionEntry[] {
  return parseSolutions(raw);
}
