import { readFileSync } from "node:fs";

/**
 * The JSON input of a command-line tool: FILE or `-` for standard input, as the first argument that is
 * not a flag. A missing argument or unreadable JSON prints the problem and exits 2.
 */
export function readJsonInput(usage: string): unknown {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  try {
    return JSON.parse(readFileSync(file === "-" ? 0 : file, "utf8"));
  } catch (error) {
    console.error(`input: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
