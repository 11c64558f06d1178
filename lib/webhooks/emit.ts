import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Bound } from "@/lib/db/built-once";
import { consultantClients, memberships, users, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { enqueueJobSql } from "@/lib/jobs/define";
import { webhookDeliverJob } from "@/lib/jobs/definitions";
import { EVENT_DATA, type WebhookEventData, type WebhookEventType } from "./events";

/**
 * An event, as steps of the statement that makes it happen (the submit's single statement, a
 * project's move): kept once, with a delivery and a queued job for every active endpoint of the
 * portal that subscribed — a consultant's endpoint only for its clients. Written in the same
 * transaction as the change itself, so an event is never lost to a crash between the two, and
 * nothing at all is written while no endpoint listens.
 *
 * The common tables are named `<name>_ep`, `<name>_ev`, `<name>_d`, `<name>_job`; put them after a
 * comma in a WITH list. `when` gates the event on an earlier step (e.g. the row really changed).
 */
export function webhookEventSql(o: {
  name: string;
  tenantId: Bound<string>;
  enterpriseId: Bound<string | null>;
  type: WebhookEventType;
  /** A jsonb expression (usually built from JS values with webhookData). */
  data: SQL;
  when?: SQL;
}): SQL {
  const n = (suffix: string) => sql.identifier(`${o.name}_${suffix}`);
  return sql`${n("ep")} as (
      select e.id from ${webhookEndpoints} e
      where e.tenant_id = ${o.tenantId}::uuid and e.active and e.deleted_at is null and ${o.type}::text = any(e.events)
        and (e.owner_kind = 'portal' or exists (
          select 1 from ${consultantClients} cc where cc.consultant_user_id = e.created_by and cc.enterprise_id = ${o.enterpriseId}::uuid and cc.status = 'active'))
        -- Its maker still holds the role the endpoint rests on, with an enabled account (as an API key).
        and exists (
          select 1 from ${memberships} m join ${users} u on u.id = m.user_id
          where m.tenant_id = e.tenant_id and m.user_id = e.created_by and u.disabled_at is null
            and m.role = (case when e.owner_kind = 'portal' then 'tenant_admin' else 'consultant' end)::user_role)
        and ${o.when ?? sql`true`}
    ), ${n("ev")} as (
      insert into ${webhookEvents} (tenant_id, enterprise_id, type, data)
      select ${o.tenantId}::uuid, ${o.enterpriseId}::uuid, ${o.type}::text, ${o.data} where exists (select 1 from ${n("ep")})
      returning id
    ), ${n("d")} as (
      insert into ${webhookDeliveries} (endpoint_id, event_id, tenant_id)
      select ep.id, ev.id, ${o.tenantId}::uuid from ${n("ep")} ep cross join ${n("ev")} ev
      returning id
    ), ${n("job")} as (
      ${enqueueJobSql(webhookDeliverJob, { from: `${o.name}_d`, tenantId: o.tenantId, payload: { deliveryId: "id" } })}
    )`;
}

/** A payload known in JS, checked against its event's schema, as a jsonb parameter. */
export function webhookData<T extends WebhookEventType>(type: T, data: WebhookEventData<T>): SQL {
  return sql`${webhookDataJson(type, data)}::jsonb`;
}

/** The same payload as JSON text, for a statement built once (bound at each call). */
export function webhookDataJson<T extends WebhookEventType>(type: T, data: WebhookEventData<T>): string {
  return JSON.stringify(EVENT_DATA[type].parse(data));
}

/** The event on its own (inside the caller's transaction when given one). */
export async function emitWebhookEvent<T extends WebhookEventType>(
  db: Db,
  o: { tenantId: string; enterpriseId: string | null; type: T; data: WebhookEventData<T> },
): Promise<void> {
  await db.execute(
    sql`with ${webhookEventSql({ name: "hook", tenantId: o.tenantId, enterpriseId: o.enterpriseId, type: o.type, data: webhookData(o.type, o.data) })} select 1`,
  );
}
