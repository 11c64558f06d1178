import { z } from "zod";
import pilotPoliciesData from "./data/pilot-policies.json";

/**
 * Real city pilot policies as researched (db/seed/data/pilot-policies.json, with sources and a
 * confidence each). Facts the research did not find stay null; the policy catalogue issue gives them
 * their full shape.
 */
const urls = z.union([z.url(), z.array(z.url()).min(1)]);

export const pilotPolicyRecord = z.looseObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "id must be lower-case letters, digits and hyphens"),
  city: z.string().min(1),
  province: z.string().min(1),
  title: z.string().min(1),
  docNo: z.string().optional(),
  issuer: z.string().optional(),
  date: z.string().optional(),
  deadline: z.string().optional(),
  url: urls,
  confidence: z.string().min(1),
});
export type PilotPolicyRecord = z.infer<typeof pilotPolicyRecord>;

/** Validates the records; a malformed one is rejected with its id and the field at fault. */
export function loadPilotPolicies(raw: unknown = pilotPoliciesData): PilotPolicyRecord[] {
  const list = z.array(z.unknown()).parse(raw);
  return list.map((entry, index) => {
    const parsed = pilotPolicyRecord.safeParse(entry);
    if (!parsed.success) {
      const id = typeof entry === "object" && entry && "id" in entry ? String(entry.id) : `#${index}`;
      const issue = parsed.error.issues[0];
      throw new Error(`pilot policy ${id}: ${issue?.path.join(".") || "entry"}: ${issue?.message ?? "invalid"}`);
    }
    return parsed.data;
  });
}

/** An ISO date found in the deadline text ("2026-12-31", "valid until 2026-12-31"); rolling or absent → null. */
export function validUntilOf(record: PilotPolicyRecord): string | null {
  const match = record.deadline?.match(/\b(\d{4}-\d{2}-\d{2})\b/);
  return match?.[1] ?? null;
}

export function sourceUrlsOf(record: PilotPolicyRecord): string[] {
  return Array.isArray(record.url) ? record.url : [record.url];
}
