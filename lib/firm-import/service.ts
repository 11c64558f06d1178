import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { enterpriseContacts, enterprises } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { enterpriseInput, enterpriseRow, type EnterpriseInput } from "@/lib/enterprise/profile";
import { AppError } from "@/lib/errors";
import type { ContactLine } from "@/lib/firm-file/inventory";
import type { Upload } from "@/lib/http/upload";
import type { Locale } from "@/lib/i18n/locales";
import { localize, type Localized } from "@/lib/i18n/localized";
import { audit } from "@/lib/shared/audit";
import type { TenantSummary } from "@/lib/tenants";
import { heavyWork, PoolError } from "@/lib/workers/pool";
import { FIELD_HEADERS, matchHeaders, missingFields, type ImportField } from "./headers";
import { checkRows, type SheetRow } from "./rows";
import type { ImportPreview, ImportResult, PreviewRow, RowAction } from "./types";
import type { ReadSheet } from "./sheet";

/**
 * A city office's firm list (.xlsx or .csv) into the portal's firm files (一企一档): first a preview
 * that writes nothing and names every row's problems, then, with the same file sent again, the import
 * of the good rows — new firms added, firms the portal already has (same credit code, or the same name
 * when the row has none and exactly one firm has it) updated, their contact added to the file unless
 * it is there already. Stateless: the commit checks the file afresh. Importing a sheet twice changes
 * nothing the second time.
 */

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
const READ_TIMEOUT_MS = 60_000;
/** Rows per INSERT or UPDATE statement (PostgreSQL takes at most 65,535 parameters). */
const BATCH = 400;

type Existing = typeof enterprises.$inferSelect;

interface Planned {
  row: SheetRow;
  existing: Existing | null;
  /** Set when the portal has several firms of the row's name (and the row no credit code). */
  problem?: Localized;
}

const bad = (field: string, zh: string, en: string) => AppError.validation([{ field, message: { "zh-CN": zh, en } }]);

async function readUploadedSheet(upload: Upload): Promise<ReadSheet> {
  try {
    return await heavyWork().run(
      "sheet.read",
      { bytes: new Uint8Array(upload.bytes), name: upload.name, maxRows: IMPORT_MAX_ROWS },
      { timeoutMs: READ_TIMEOUT_MS },
    );
  } catch (error) {
    if (!(error instanceof PoolError)) throw error;
    if (error.reason === "busy")
      throw new AppError(
        "unavailable",
        { "zh-CN": "file：服务器正在处理其他文件，请一分钟后再试", en: "file: the server is busy with other files; try again in a minute" },
        { issues: [{ field: "file", message: { "zh-CN": "服务器繁忙", en: "server busy" } }] },
      );
    throw bad(
      "file",
      `读取该表格时超出${error.reason === "timeout" ? "时间" : "内存"}限制，已停止；请删去多余的工作表、格式和空行后重试`,
      `reading the sheet went past the ${error.reason === "timeout" ? "time" : "memory"} limit and was stopped: remove extra sheets, formatting and blank rows`,
    );
  }
}

/** The sheet read and every row checked, in the portal's city. */
async function checkedSheet(tenant: TenantSummary, upload: Upload) {
  const sheet = await readUploadedSheet(upload);
  const header = sheet.rows[0];
  if (!header || sheet.rows.length < 2) throw bad("file", "表格中没有数据行（第一行应为表头）", "the sheet has no data rows (the first row is the header)");
  if (sheet.tooMany)
    throw new AppError(
      "payload_too_large",
      {
        "zh-CN": `file：最多导入 ${IMPORT_MAX_ROWS} 行，请分成几个文件`,
        en: `file: at most ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows per import; split the list`,
      },
      { issues: [{ field: "file", message: { "zh-CN": `最多 ${IMPORT_MAX_ROWS} 行`, en: `${IMPORT_MAX_ROWS} rows at most` } }] },
    );
  const map = matchHeaders(header);
  const missing = missingFields(map);
  if (missing.length > 0)
    throw AppError.validation(
      missing.map((f) => ({
        field: `file.${f}`,
        message: {
          "zh-CN": `表头中没有“${FIELD_HEADERS[f]["zh-CN"]}”列（也接受英文表头 ${FIELD_HEADERS[f].en}）`,
          en: `no "${FIELD_HEADERS[f]["zh-CN"]}" (${FIELD_HEADERS[f].en}) column in the header row`,
        },
      })),
    );
  const rows = checkRows(sheet.rows.slice(1), map, { provinceCode: tenant.provinceCode, cityCode: tenant.cityCode }, sheet.firstRow + 1);
  if (rows.length === 0) throw bad("file", "表格中没有数据行", "the sheet has no data rows");
  return { sheet, map, rows };
}

function chunks<T>(list: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Each good row matched with the portal's firm it names, if any. */
async function plan(db: Db, tenantId: string, rows: readonly SheetRow[]): Promise<Planned[]> {
  const good = rows.filter((r) => r.input);
  const codes = [...new Set(good.flatMap((r) => (r.input?.creditCode ? [r.input.creditCode] : [])))];
  const names = [...new Set(good.filter((r) => !r.input?.creditCode).map((r) => r.input!.name))];
  const byCode = new Map<string, Existing>();
  const byName = new Map<string, Existing[]>();
  const active = and(eq(enterprises.tenantId, tenantId), eq(enterprises.status, "active"));
  for (const part of chunks(codes)) {
    const found = await db
      .select()
      .from(enterprises)
      // Only a firm an account of the portal made (an earlier import, the API, a consultant's client)
      // that nobody has claimed: a code is public, and anyone can start a self-assessment with it and
      // claim that firm — the city's figures and contacts must never land in it.
      .where(and(active, inArray(enterprises.creditCode, part), isNull(enterprises.ownerUserId), isNotNull(enterprises.createdBy)))
      .orderBy(asc(enterprises.createdAt));
    // The portal's first such firm of the code.
    for (const f of found) if (f.creditCode && !byCode.has(f.creditCode)) byCode.set(f.creditCode, f);
  }
  for (const part of chunks(names)) {
    const found = await db
      .select()
      .from(enterprises)
      .where(and(active, inArray(enterprises.name, part), isNull(enterprises.ownerUserId), isNotNull(enterprises.createdBy)))
      .orderBy(asc(enterprises.createdAt));
    for (const f of found) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  }
  return rows.map((row) => {
    if (!row.input) return { row, existing: null };
    if (row.input.creditCode) return { row, existing: byCode.get(row.input.creditCode) ?? null };
    const same = byName.get(row.input.name) ?? [];
    if (same.length > 1)
      return {
        row,
        existing: null,
        problem: {
          "zh-CN": `平台中已有 ${same.length} 家名为“${row.input.name}”的企业，请填写统一社会信用代码以区分`,
          en: `the portal has ${same.length} firms named "${row.input.name}": add the credit code to tell them apart`,
        },
      };
    return { row, existing: same[0] ?? null };
  });
}

function actionOf(p: Planned): RowAction {
  if (!p.row.input || p.problem) return "problem";
  return p.existing ? "update" : "create";
}

function previewOf(upload: Upload, sheet: ReadSheet, map: ReturnType<typeof matchHeaders>, planned: Planned[], locale: Locale): ImportPreview {
  const counts = { rows: planned.length, create: 0, update: 0, problems: 0 };
  const problems: PreviewRow[] = [];
  for (const p of planned) {
    const action = actionOf(p);
    if (action === "create") counts.create++;
    else if (action === "update") counts.update++;
    else {
      counts.problems++;
      const reasons = [...p.row.problems, ...(p.problem ? [p.problem] : [])].map((r) => localize(r, locale));
      problems.push({ row: p.row.row, name: p.row.name, creditCode: p.row.creditCode, action, reasons });
    }
  }
  return {
    fileName: upload.name,
    format: sheet.format,
    encoding: sheet.encoding,
    counts,
    columns: { found: (Object.keys(map.columns) as ImportField[]).sort(), ignored: map.ignored },
    problems,
  };
}

/** What the file would do, with nothing written. */
export async function previewImport(db: Db, actor: Actor, slug: string, upload: Upload, locale: Locale): Promise<ImportPreview> {
  const tenant = await tenantFor(db, actor, slug, "firm.import");
  const { sheet, map, rows } = await checkedSheet(tenant, upload);
  return previewOf(upload, sheet, map, await plan(db, tenant.id, rows), locale);
}

/** The stored firm with the row's figures on top: what the sheet does not say is kept (class, segment, district, assets, a declared 规上). */
function mergedInput(existing: Existing, input: EnterpriseInput): EnterpriseInput {
  const sameDivision = existing.industryCode === input.industryCode;
  const merged: EnterpriseInput = {
    ...input,
    // A sheet without codes (a district's list of names) never erases the codes on file.
    creditCode: input.creditCode ?? existing.creditCode ?? undefined,
    industrySubCode: input.industrySubCode ?? (sameDivision ? (existing.industrySubCode ?? undefined) : undefined),
    industrySegment: sameDivision ? (existing.industrySegment ?? undefined) : undefined,
    districtCode: input.districtCode ?? existing.districtCode ?? undefined,
    assetsWan: input.assetsWan ?? existing.assetsWan ?? undefined,
    aboveScaleDeclared: existing.aboveScaleDeclared ? (existing.aboveScale ?? undefined) : undefined,
  };
  // A kept part that no longer fits the new figures (another city's district, a segment of another division) is dropped, not refused.
  if (enterpriseInput.safeParse(merged).success) return merged;
  return { ...input, aboveScaleDeclared: merged.aboveScaleDeclared };
}

const UPDATED_COLUMNS = [
  "name",
  "creditCode",
  "industryCode",
  "industrySubCode",
  "industrySegment",
  "provinceCode",
  "cityCode",
  "districtCode",
  "regionName",
  "employees",
  "revenueWan",
  "assetsWan",
  "sizeClass",
  "aboveScale",
  "aboveScaleDeclared",
] as const;
type UpdatedColumn = (typeof UPDATED_COLUMNS)[number];
type UpdateValues = Pick<typeof enterprises.$inferInsert, UpdatedColumn>;

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 0.005);

/** Updates many firms in one statement: UPDATE … FROM (VALUES …). */
async function updateFirms(db: Db, rows: readonly { id: string; values: UpdateValues }[], now: Date): Promise<void> {
  for (const part of chunks(rows, BATCH)) {
    const values = sql.join(
      part.map(
        ({ id, values: v }) =>
          sql`(${id}::uuid, ${v.name}, ${v.creditCode ?? null}, ${v.industryCode}, ${v.industrySubCode ?? null}, ${v.industrySegment ?? null}, ${v.provinceCode ?? null}, ${v.cityCode ?? null}, ${v.districtCode ?? null}, ${v.regionName ?? null}, ${v.employees ?? null}::int, ${v.revenueWan ?? null}::numeric, ${v.assetsWan ?? null}::numeric, ${v.sizeClass ?? null}, ${v.aboveScale ?? null}::boolean, ${v.aboveScaleDeclared ?? false}::boolean)`,
      ),
      sql`, `,
    );
    await db.execute(sql`
      update ${enterprises} as e set
        name = v.name, credit_code = v.credit_code, industry_code = v.industry_code, industry_sub_code = v.industry_sub_code,
        industry_segment = v.industry_segment, province_code = v.province_code, city_code = v.city_code, district_code = v.district_code,
        region_name = v.region_name, employees = v.employees, revenue_wan = v.revenue_wan, assets_wan = v.assets_wan,
        size_class = v.size_class::size_class, above_scale = v.above_scale, above_scale_declared = v.above_scale_declared,
        updated_at = ${now.toISOString()}::timestamptz
      from (values ${values}) as v(id, name, credit_code, industry_code, industry_sub_code, industry_segment, province_code, city_code,
        district_code, region_name, employees, revenue_wan, assets_wan, size_class, above_scale, above_scale_declared)
      where e.id = v.id`);
  }
}

const contactKey = (c: { name: string; phone: string | null; email: string | null }) =>
  [c.name.normalize("NFKC").replace(/\s+/g, ""), (c.phone ?? "").replace(/[^\d+]/g, ""), (c.email ?? "").toLowerCase()].join("\u0001");

/** Writes the good rows (one transaction, batched statements) and says what changed. */
export async function commitImport(db: Db, actor: Actor, slug: string, upload: Upload, locale: Locale): Promise<ImportResult> {
  const tenant = await tenantFor(db, actor, slug, "firm.import");
  const { sheet, map, rows } = await checkedSheet(tenant, upload);
  return db.transaction(async (tx) => {
    // One import of a portal at a time (a double click, two offices): the second sees the first's firms.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`firm-import:${tenant.id}`}))`);
    // Checked against the portal inside the transaction: a firm added meanwhile is updated, not duplicated.
    const planned = await plan(tx, tenant.id, rows);
    const preview = previewOf(upload, sheet, map, planned, locale);
    const now = new Date();
    const creates: (typeof enterprises.$inferInsert)[] = [];
    const updates: { id: string; values: UpdateValues }[] = [];
    const firmOfRow = new Map<SheetRow, string>();
    let unchanged = 0;
    for (const p of planned) {
      if (actionOf(p) === "problem" || !p.row.input) continue;
      if (!p.existing) {
        const id = randomUUID();
        creates.push({ ...enterpriseRow(tenant.id, p.row.input, { createdBy: actor.userId }), id, createdAt: now, updatedAt: now });
        firmOfRow.set(p.row, id);
        continue;
      }
      const row = enterpriseRow(tenant.id, mergedInput(p.existing, p.row.input));
      const values = Object.fromEntries(UPDATED_COLUMNS.map((c) => [c, row[c]])) as UpdateValues;
      firmOfRow.set(p.row, p.existing.id);
      if (UPDATED_COLUMNS.every((c) => same(values[c], p.existing![c]))) unchanged++;
      else updates.push({ id: p.existing.id, values });
    }
    for (const part of chunks(creates, BATCH)) await tx.insert(enterprises).values(part);
    await updateFirms(tx, updates, now);

    // Contacts: added to the firm's file unless the same person (name, phone, e-mail) is there already.
    const withContact = [...firmOfRow.entries()].filter(([r]) => r.contact) as [SheetRow & { contact: ContactLine }, string][];
    const ids = [...new Set(withContact.map(([, id]) => id))];
    const known = new Map<string, { keys: Set<string>; next: number }>();
    for (const part of chunks(ids)) {
      const found = await tx
        .select({
          enterpriseId: enterpriseContacts.enterpriseId,
          name: enterpriseContacts.name,
          phone: enterpriseContacts.phone,
          email: enterpriseContacts.email,
          position: enterpriseContacts.position,
        })
        .from(enterpriseContacts)
        .where(inArray(enterpriseContacts.enterpriseId, part));
      for (const c of found) {
        const k = known.get(c.enterpriseId) ?? { keys: new Set<string>(), next: 0 };
        k.keys.add(contactKey(c));
        k.next = Math.max(k.next, c.position + 1);
        known.set(c.enterpriseId, k);
      }
    }
    const contacts: (typeof enterpriseContacts.$inferInsert)[] = [];
    for (const [row, enterpriseId] of withContact) {
      const k = known.get(enterpriseId) ?? { keys: new Set<string>(), next: 0 };
      known.set(enterpriseId, k);
      const key = contactKey(row.contact);
      if (k.keys.has(key)) continue;
      k.keys.add(key);
      contacts.push({
        tenantId: tenant.id,
        enterpriseId,
        position: k.next,
        name: row.contact.name,
        role: row.contact.role ?? null,
        phone: row.contact.phone,
        email: row.contact.email,
        // The first contact of a file is its primary one.
        isPrimary: k.next === 0,
      });
      k.next++;
    }
    for (const part of chunks(contacts, BATCH)) await tx.insert(enterpriseContacts).values(part);

    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "firm_file.imported",
      targetType: "tenant",
      targetId: tenant.id,
      details: {
        fileName: upload.name,
        rows: preview.counts.rows,
        created: creates.length,
        updated: updates.length,
        unchanged,
        problems: preview.counts.problems,
        contactsAdded: contacts.length,
      },
    });
    return {
      ...preview,
      created: creates.length,
      updated: updates.length,
      unchanged,
      contactsAdded: contacts.length,
      enterpriseIds: [...new Set(firmOfRow.values())],
    };
  });
}
