import type { ReactNode } from "react";

/** Text with `code` spans (header names, fields, paths, statuses), as messages write them. */
export function withCode(text: string): ReactNode[] {
  return text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
