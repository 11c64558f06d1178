import type { ImportField } from "./headers";

/** What the import, invitation and export routes answer (lib/firm-import): shared by the server and the page. */

export type RowAction = "create" | "update" | "problem";

export interface PreviewRow {
  row: number;
  name: string;
  creditCode: string | null;
  action: RowAction;
  reasons: string[];
}

export interface ImportPreview {
  fileName: string;
  format: "xlsx" | "csv";
  encoding: string | null;
  counts: { rows: number; create: number; update: number; problems: number };
  /** Fields found in the header row, and headers that name none (left out). */
  columns: { found: ImportField[]; ignored: string[] };
  /** Every row with a problem, in sheet order, with its reasons in the reader's language. */
  problems: PreviewRow[];
}

export interface ImportResult extends ImportPreview {
  created: number;
  updated: number;
  /** Firms the sheet names exactly as the portal has them already. */
  unchanged: number;
  contactsAdded: number;
  /** The firms the good rows name (new and existing): the ones to invite next. */
  enterpriseIds: string[];
}

export interface InviteLink {
  enterpriseId: string;
  name: string;
  creditCode: string | null;
  contact: string | null;
  phone: string | null;
  email: string | null;
  assessmentId: string;
  url: string;
  reused: boolean;
  /** sent: the mail server took it; unsent: written to the outbox only (no SMTP_URL, or it failed); null: no address or not asked. */
  mail: "sent" | "unsent" | null;
}

export interface InviteResult {
  invited: number;
  /** Firms whose open invitation was kept (fresh link, same answers). */
  reused: number;
  /** Mails the mail server took. */
  mailed: number;
  /** Mails written but not sent (they wait in the outbox). */
  mailUnsent: number;
  withoutEmail: number;
  expiresAt: string;
  /** The link sheet (.xlsx), base64: the links are secrets shown this once. */
  fileName: string;
  file: string;
  links: InviteLink[];
}
