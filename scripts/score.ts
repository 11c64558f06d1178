/**
 * `npm run --silent score -- FILE [--complete] [--paths]`: scores one assessment or an array of them.
 * FILE may be `-` for standard input. Prints JSON, each item with its `warnings` (answers that contradict
 * each other or their figures, scored as given); invalid input exits 2 with one problem per line on
 * standard error, each naming its question code. Warnings never change the exit code.
 */
import { formatProblem, scoreBatch } from "@/scoring/batch";
import { readJsonInput } from "./lib/json-input";

const args = process.argv.slice(2);
const input = readJsonInput("npm run --silent score -- FILE [--complete] [--paths]   (FILE may be - for stdin)");

const result = scoreBatch(input, { complete: args.includes("--complete"), paths: args.includes("--paths") });
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
