import { z } from "zod";

/**
 * Validates a catalogue file entry by entry; the first bad entry stops the load with its id and the
 * field at fault ("policy zhongshan-2024-5: percent.value: …"), and ids must be unique.
 */
export function parseEntries<S extends z.ZodType<{ id: string }>>(raw: unknown, schema: S, label: string): z.infer<S>[] {
  const list = z.array(z.unknown()).parse(raw);
  const seen = new Set<string>();
  return list.map((entry, index) => {
    const id = typeof entry === "object" && entry && "id" in entry ? String(entry.id) : `#${index}`;
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${label} ${id}: ${issue?.path.join(".") || "entry"}: ${issue?.message ?? "invalid"}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`${label} ${id}: id: used twice`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}
