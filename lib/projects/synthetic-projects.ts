import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectEvents, projectItems, projectMilestones, projects } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { rng } from "@/lib/dashboard/synthetic";
import type { ProjectState } from "./workflow";

/**
 * Synthetic transformation projects for the dashboard's pipeline at scale (`npm run seed:synthetic --
 * --projects N`): each on a synthetic firm's latest result, with three contract items, two milestones
 * (late and overdue ones among them) and the history of every stage it reached, in batches of
 * multi-row inserts. Names say 合成; deterministic for a seed.
 */

const DAY = 86_400_000;
/** How far projects have gone (shares of the whole), as a programme a year or two in looks. */
const SHARE: [ProjectState, number][] = [
  ["draft", 0.05],
  ["filed", 0.07],
  ["contracted", 0.1],
  ["implementing", 0.25],
  ["completed", 0.1],
  ["acceptance_submitted", 0.07],
  ["accepted", 0.15],
  ["rejected", 0.03],
  ["paid", 0.18],
];
const PATH: ProjectState[] = ["draft", "filed", "contracted", "implementing", "completed", "acceptance_submitted", "accepted", "paid"];
const PROVIDERS = 40;
const BATCH = 1000;

function stateFor(x: number): ProjectState {
  let sum = 0;
  for (const [state, share] of SHARE) {
    sum += share;
    if (x < sum) return state;
  }
  return "paid";
}

export async function writeSyntheticProjects(db: Db, options: { count: number; seed?: number }): Promise<{ projects: number }> {
  const random = rng(options.seed ?? 20250301);
  // Firms with a synthetic latest result below 四级, in a random order (fixed by the seed's first draw).
  const firms = rowsOf<{
    assessment_id: string;
    enterprise_id: string;
    tenant_id: string;
    level: number;
    submitted_at: string;
    district_code: string | null;
    industry_segment: string | null;
  }>(
    await db.execute(sql`
      select r.assessment_id, r.enterprise_id, r.tenant_id, r.level, r.submitted_at::text as submitted_at, r.district_code, r.industry_segment
      from assessment_results r
      where r.is_latest and r.origin = 'synthetic' and r.level < 4
        and not exists (select 1 from projects p where p.baseline_assessment_id = r.assessment_id)
      order by md5(r.assessment_id::text || ${String(random())})
      limit ${options.count}`),
  );
  const now = Date.now();
  let written = 0;
  for (let i = 0; i < firms.length; i += BATCH) {
    const p: (typeof projects.$inferInsert)[] = [];
    const items: (typeof projectItems.$inferInsert)[] = [];
    const milestones: (typeof projectMilestones.$inferInsert)[] = [];
    const events: (typeof projectEvents.$inferInsert)[] = [];
    for (const firm of firms.slice(i, i + BATCH)) {
      const id = randomUUID();
      const state = stateFor(random());
      const reached = PATH.slice(0, PATH.indexOf(state === "rejected" ? "acceptance_submitted" : state) + 1);
      if (state === "rejected") reached.push("rejected");
      const created = Math.min(now - 30 * DAY, Date.parse(firm.submitted_at) + Math.floor(random() * 60) * DAY);
      // Each stage a few weeks after the one before, never in the future.
      let at = created;
      const times = reached.map(() => {
        const t = at;
        at = Math.min(now - DAY, at + (7 + Math.floor(random() * 50)) * DAY);
        return t;
      });
      const amountFen = (50_000 + Math.floor(random() * 40) * 10_000) * 100;
      const software = Math.round(amountFen * 0.5);
      const hardware = Math.round(amountFen * 0.3);
      const n = written + p.length + 1;
      p.push({
        id,
        tenantId: firm.tenant_id,
        enterpriseId: firm.enterprise_id,
        districtCode: firm.district_code,
        industrySegment: firm.industry_segment,
        title: `合成改造项目${String(n).padStart(6, "0")}（合成）`,
        status: state,
        baselineAssessmentId: firm.assessment_id,
        providerName: `合成服务商${String(1 + Math.floor(random() * PROVIDERS)).padStart(2, "0")}（合成）`,
        targetLevel: Math.min(4, Math.max(2, firm.level + 1)),
        contractAmountFen: amountFen,
        lightweight: random() < 0.4,
        paidAmountFen: state === "paid" ? Math.round(amountFen * 0.3) : null,
        createdAt: new Date(created),
        stateSince: new Date(times.at(-1)!),
        updatedAt: new Date(times.at(-1)!),
      });
      items.push(
        { projectId: id, position: 0, name: "工业软件订阅（合成）", category: "software", amountFen: software },
        { projectId: id, position: 1, name: "设备联网硬件（合成）", category: "hardware", amountFen: hardware },
        { projectId: id, position: 2, name: "实施服务（合成）", category: "service", amountFen: amountFen - software - hardware },
      );
      const done = PATH.indexOf(reached.at(-1)!) >= PATH.indexOf("completed") || state === "rejected";
      for (const k of [0, 1]) {
        const due = new Date(created + (60 + k * 60) * DAY);
        const doneOn = done || (k === 0 && state === "implementing" && random() < 0.6) ? new Date(due.getTime() + Math.floor(random() * 30 - 15) * DAY) : null;
        milestones.push({
          projectId: id,
          position: k,
          name: k === 0 ? "设备联网上线（合成）" : "系统试运行（合成）",
          due: due.toISOString().slice(0, 10),
          doneOn: doneOn && doneOn.getTime() < now ? doneOn.toISOString().slice(0, 10) : null,
        });
      }
      reached.forEach((to, k) =>
        events.push({ projectId: id, tenantId: firm.tenant_id, fromStatus: k === 0 ? null : reached[k - 1]!, toStatus: to, at: new Date(times[k]!) }),
      );
    }
    await db.transaction(async (tx) => {
      await tx.insert(projects).values(p);
      for (let k = 0; k < items.length; k += 3000) await tx.insert(projectItems).values(items.slice(k, k + 3000));
      for (let k = 0; k < milestones.length; k += 3000) await tx.insert(projectMilestones).values(milestones.slice(k, k + 3000));
      for (let k = 0; k < events.length; k += 3000) await tx.insert(projectEvents).values(events.slice(k, k + 3000));
    });
    written += p.length;
  }
  await db.execute(sql`analyze projects`);
  await db.execute(sql`analyze project_events`);
  await db.execute(sql`analyze project_milestones`);
  return { projects: written };
}
