import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formTemplates, projectDocuments, projectForms, projects } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, type FieldIssue } from "@/lib/errors";
import { issueText } from "@/lib/i18n/zod";
import { audit } from "@/lib/shared/audit";
import { projectFor, type ProjectRow } from "./access";
import { DEFAULT_FORMS, FORM_KEYS, formDefinition, missingFiles, valuesSchema, type FormDefinition, type FormKey } from "./forms";
import type { ProjectSide, ProjectState } from "./workflow";

/** The form a portal asks now for a key: its latest saved version, else the built-in one (version 0). */
export interface EffectiveForm {
  key: FormKey;
  version: number;
  definition: FormDefinition;
}

export async function effectiveForms(db: Db, tenantId: string): Promise<Record<FormKey, EffectiveForm>> {
  const rows = await db
    .select({ key: formTemplates.key, version: formTemplates.version, definition: formTemplates.definition })
    .from(formTemplates)
    .where(eq(formTemplates.tenantId, tenantId))
    .orderBy(desc(formTemplates.version));
  const out = {} as Record<FormKey, EffectiveForm>;
  for (const key of FORM_KEYS) {
    const latest = rows.find((r) => r.key === key);
    // A stored definition is read back through its schema; one that no longer parses falls back to the built-in form.
    const parsed = latest ? formDefinition.safeParse(latest.definition) : null;
    out[key] = parsed?.success ? { key, version: latest!.version, definition: parsed.data } : { key, version: 0, definition: DEFAULT_FORMS[key] };
  }
  return out;
}

/** The definition a form had at a version (0: the built-in one): an answer is read with the form it answered. */
export async function formAtVersion(db: Db, tenantId: string, key: FormKey, version: number): Promise<FormDefinition> {
  if (version === 0) return DEFAULT_FORMS[key];
  const [row] = await db
    .select({ definition: formTemplates.definition })
    .from(formTemplates)
    .where(and(eq(formTemplates.tenantId, tenantId), eq(formTemplates.key, key), eq(formTemplates.version, version)));
  const parsed = row ? formDefinition.safeParse(row.definition) : null;
  return parsed?.success ? parsed.data : DEFAULT_FORMS[key];
}

export const isFormKey = (key: string): key is FormKey => (FORM_KEYS as readonly string[]).includes(key);

const unknownForm = () => AppError.notFound("form");

/** The portal's forms, for its administrators' editor. */
export async function formTemplatesFor(db: Db, actor: Actor, slug: string): Promise<EffectiveForm[]> {
  const tenant = await tenantFor(db, actor, slug, "forms.edit");
  return Object.values(await effectiveForms(db, tenant.id));
}

/** Saves a new version of a form; earlier answers keep theirs. */
export async function saveFormTemplate(db: Db, actor: Actor, slug: string, key: string, body: unknown): Promise<EffectiveForm> {
  const tenant = await tenantFor(db, actor, slug, "forms.edit");
  if (!isFormKey(key)) throw unknownForm();
  const parsed = formDefinition.safeParse(body);
  if (!parsed.success) throw AppError.validation(parsed.error.issues.map((i) => ({ field: i.path.join(".") || "definition", message: issueText(i) })));
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ version: formTemplates.version })
      .from(formTemplates)
      .where(and(eq(formTemplates.tenantId, tenant.id), eq(formTemplates.key, key)))
      .orderBy(desc(formTemplates.version))
      .limit(1);
    const version = (last?.version ?? 0) + 1;
    await tx.insert(formTemplates).values({ tenantId: tenant.id, key, version, definition: parsed.data, createdBy: actor.userId });
    await audit(tx, { tenantId: tenant.id, actorUserId: actor.userId, action: "form.saved", targetType: "form", targetId: key, details: { version } });
    return { key, version, definition: parsed.data };
  });
}

/** When each form may be answered, and by whom. */
const ANSWERABLE: Record<FormKey, { states: readonly ProjectState[]; sides: readonly ProjectSide[] }> = {
  filing: { states: ["draft"], sides: ["firm", "provider"] },
  contract: { states: ["contracted", "implementing"], sides: ["firm", "provider"] },
  acceptance: { states: ["completed", "rejected"], sides: ["firm", "provider"] },
  // The firm rates its provider; the portal may record an answer given on paper or by phone.
  satisfaction: { states: ["acceptance_submitted", "accepted", "paid"], sides: ["firm", "admin"] },
};

export interface ProjectFormView extends EffectiveForm {
  /** The answer, with the definition of the version it answered (fields may have changed since). */
  answer: { version: number; definition: FormDefinition; values: Record<string, unknown>; answeredAs: string; answeredAt: string } | null;
  /** The caller may answer it now. */
  editable: boolean;
}

export async function projectFormViews(db: Db, project: ProjectRow, sides: readonly ProjectSide[]): Promise<ProjectFormView[]> {
  const [forms, answers] = await Promise.all([
    effectiveForms(db, project.tenantId),
    db.select().from(projectForms).where(eq(projectForms.projectId, project.id)),
  ]);
  return Promise.all(
    FORM_KEYS.map(async (key) => {
      const a = answers.find((x) => x.key === key);
      const rule = ANSWERABLE[key];
      const definition = a ? (a.version === forms[key].version ? forms[key].definition : await formAtVersion(db, project.tenantId, key, a.version)) : null;
      return {
        ...forms[key],
        answer: a && definition ? { version: a.version, definition, values: a.values, answeredAs: a.answeredAs, answeredAt: a.answeredAt.toISOString() } : null,
        editable: rule.states.includes(project.status as ProjectState) && sides.some((s) => rule.sides.includes(s)),
      };
    }),
  );
}

export async function projectFormsFor(db: Db, actor: Actor, slug: string, id: string): Promise<ProjectFormView[]> {
  const { project, sides } = await projectFor(db, actor, slug, id);
  return projectFormViews(db, project, sides);
}

/**
 * Answers a form of a project: every field by its rule (a 400 names `values.<field>`), a required file
 * by an upload in its document slot; nothing is stored unless all of it holds.
 */
export async function answerProjectForm(db: Db, actor: Actor, slug: string, id: string, key: string, body: unknown): Promise<ProjectFormView> {
  if (!isFormKey(key)) throw unknownForm();
  const { tenant, project, sides } = await projectFor(db, actor, slug, id);
  const rule = ANSWERABLE[key];
  const side = sides.find((s) => rule.sides.includes(s));
  if (!side)
    throw new AppError(
      "forbidden",
      { "zh-CN": "role：您不能填写这份表单", en: "role: you cannot answer this form" },
      { issues: [{ field: "role", message: key }] },
    );
  if (!rule.states.includes(project.status as ProjectState))
    throw new AppError(
      "conflict",
      { "zh-CN": "status：项目当前阶段不能填写这份表单", en: "status: this form is not answered at the project's present stage" },
      { issues: [{ field: "status", message: project.status }] },
    );
  const form = (await effectiveForms(db, tenant.id))[key];
  const values = (body as { values?: unknown } | null)?.values;
  const parsed = valuesSchema(form.definition).safeParse(values ?? {});
  const issues: FieldIssue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: ["values", ...i.path].join("."), message: issueText(i) }));
  const slots = new Set(
    (await db.select({ slot: projectDocuments.stage }).from(projectDocuments).where(eq(projectDocuments.projectId, project.id))).map((r) => r.slot),
  );
  for (const f of missingFiles(form.definition, slots))
    issues.push({
      field: `values.${f.key}`,
      message: { "zh-CN": `请先在“项目文件”中上传：${f.label["zh-CN"]}`, en: `upload it under project documents first: ${f.label.en ?? f.label["zh-CN"]}` },
    });
  if (issues.length > 0 || !parsed.success) throw AppError.validation(issues);
  const clean = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== null));
  await db.transaction(async (tx) => {
    await tx
      .insert(projectForms)
      .values({ projectId: project.id, key, version: form.version, values: clean, answeredBy: actor.userId, answeredAs: side, answeredAt: new Date() })
      .onConflictDoUpdate({
        target: [projectForms.projectId, projectForms.key],
        set: { version: form.version, values: clean, answeredBy: actor.userId, answeredAs: side, answeredAt: new Date() },
      });
    await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, project.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.form",
      targetType: "project",
      targetId: project.id,
      details: { key, version: form.version, as: side },
    });
  });
  return (await projectFormViews(db, project, sides)).find((f) => f.key === key)!;
}

/** The forms answered for these projects (the transition check, the pack, the scorecards). */
export async function answeredForms(db: Db, projectIds: readonly string[]): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const out = new Map<string, Map<string, Record<string, unknown>>>();
  if (projectIds.length === 0) return out;
  const rows = await db
    .select({ projectId: projectForms.projectId, key: projectForms.key, values: projectForms.values })
    .from(projectForms)
    .where(inArray(projectForms.projectId, [...projectIds]));
  for (const r of rows) {
    if (!out.has(r.projectId)) out.set(r.projectId, new Map());
    out.get(r.projectId)!.set(r.key, r.values);
  }
  return out;
}
