/**
 * The server answers a bad entry with issues named by path (entry.percent.value, entry.cap.clause.quote);
 * a form shows each beside the field it concerns. A slot is a path prefix the form draws an error
 * under; an issue goes to the longest slot its path starts with, else to the form's top ("_").
 */

export interface FormIssue {
  field: string;
  message: string;
}

export type SlotIssues = Record<string, string[]>;

export function issuesBySlot(issues: readonly FormIssue[], slots: readonly string[], prefix = "entry"): SlotIssues {
  const bySlot: SlotIssues = {};
  const ordered = [...slots].sort((a, b) => b.length - a.length);
  for (const issue of issues) {
    const path = issue.field.startsWith(`${prefix}.`) ? issue.field.slice(prefix.length + 1) : null;
    const slot = (path !== null && ordered.find((s) => path === s || path.startsWith(`${s}.`))) || "_";
    (bySlot[slot] ??= []).push(issue.message);
  }
  return bySlot;
}

/** The id of a slot's error text, for aria-describedby. */
export const errorId = (formId: string, slot: string) => `${formId}-err-${slot.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
