import { z } from "zod";
import { IDEMPOTENCY_KEY, type AnyEndpoint } from "./endpoint";
import { API_SCOPES } from "./scopes";
import { EVENT_DATA, EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the endpoints' own zod schemas (zod 4's JSON
 * Schema output, draft 2020-12 as OpenAPI 3.1 uses): what a route validates is what the document says.
 * Pure apart from the list it is given.
 */

type Json = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: "input" | "output"): Json => {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return out;
};

const ERROR: Json = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "validation_failed",
            "unauthenticated",
            "forbidden",
            "not_found",
            "conflict",
            "payload_too_large",
            "unsupported_media_type",
            "rate_limited",
            "unavailable",
            "internal",
          ],
        },
        message: { type: "string" },
        issues: {
          type: "array",
          items: { type: "object", required: ["field", "message"], properties: { field: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
};

/** The errors every endpoint may answer, and those only some may. */
const ERRORS: Record<string, string> = {
  "400": "Bad input; `issues` name each field",
  "401": "No key, or a key that is not valid, revoked or whose account lost its role",
  "403": "The key lacks this endpoint's scope",
  "404": "No such record, or not this key's to see",
  "429": "Over the key's rate; see Retry-After",
  "503": "The service is briefly unavailable (its database); see Retry-After",
};
const BODY_ERRORS: Record<string, string> = {
  "413": "The body is larger than 256 KB",
  "415": "The body is not application/json",
};
const IDEMPOTENT_ERRORS: Record<string, string> = {
  "409": "The Idempotency-Key was used for another request, or a request with it is still running",
};

const RETRY_AFTER = { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } } };

const RATE_HEADERS = {
  "RateLimit-Limit": { description: "Calls a minute for this key", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Calls left in this minute", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the minute ends", schema: { type: "integer" } },
};

function parameters(schema: z.ZodType | undefined, where: "path" | "query"): Json[] {
  if (!schema) return [];
  const json = schemaOf(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    ...(typeof s.description === "string" ? { description: s.description } : {}),
    schema: s,
  }));
}

export function openApiDocument(endpoints: readonly AnyEndpoint[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const e of endpoints) {
    const status = String(e.status ?? 200);
    const okHeaders: Json = { ...RATE_HEADERS };
    if (e.method === "GET" && !e.binary) okHeaders.ETag = { description: "The answer's version: send it back in If-None-Match", schema: { type: "string" } };
    if (e.idempotent)
      okHeaders["Idempotent-Replayed"] = {
        description: "true when this is the kept answer to an earlier request with the same Idempotency-Key",
        schema: { type: "string" },
      };
    const responses: Record<string, Json> = {
      [status]: {
        description: "OK",
        headers: okHeaders,
        content: e.binary
          ? { [e.binary]: { schema: { type: "string", contentMediaType: e.binary } } }
          : { "application/json": { schema: schemaOf(e.response, "output") } },
      },
    };
    if (e.method === "GET" && !e.binary)
      responses["304"] = { description: "Not modified (the ETag sent in If-None-Match still holds)", headers: { ETag: okHeaders.ETag } };
    const errors = { ...ERRORS, ...(e.body ? BODY_ERRORS : {}), ...(e.idempotent ? IDEMPOTENT_ERRORS : {}), ...(e.conflict ? { "409": e.conflict } : {}) };
    for (const [code, description] of Object.entries(errors).sort(([a], [b]) => a.localeCompare(b)))
      responses[code] = {
        description,
        ...(code === "429" || code === "503" ? { headers: RETRY_AFTER } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    const operation: Json = {
      operationId: e.operationId,
      summary: e.summary["zh-CN"],
      description: `${e.summary.en}\n\nScope: \`${e.scope}\`.`,
      tags: [e.path.split("/")[3] ?? "api"],
      "x-scope": e.scope,
      parameters: [
        ...parameters(e.params, "path"),
        ...parameters(e.query, "query"),
        ...(e.idempotent
          ? [
              {
                name: "Idempotency-Key",
                in: "header",
                required: false,
                description: "8–128 characters; the same key again within a day gets the first answer (header Idempotent-Replayed)",
                schema: { type: "string", pattern: IDEMPOTENCY_KEY.source },
              },
            ]
          : []),
        ...(e.method === "GET" && !e.binary ? [{ name: "If-None-Match", in: "header", required: false, schema: { type: "string" } }] : []),
      ],
      responses,
    };
    if (e.body) operation.requestBody = { required: true, content: { "application/json": { schema: schemaOf(e.body, "input") } } };
    (paths[e.path] ??= {})[e.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "数诊 Shuzhen API",
      version: "1.0.0",
      description:
        "The public API of a portal or a consultant: firms, assessments and the catalogue, with the same authorisation as the product. Create a key under 接口密钥 (API keys) and send it as `Authorization: Bearer sz_…`.",
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", bearerFormat: "sz_<prefix>_<secret>", description: `Scopes: ${API_SCOPES.join(", ")}` } },
      schemas: { Error: ERROR },
    },
    paths,
    webhooks: webhooksDocument(),
  };
}

/** OpenAPI 3.1's own place for what we send: each event's POST to a registered endpoint, signed. */
function webhooksDocument(): Record<string, Json> {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((type) => [
      type,
      {
        post: {
          summary: EVENT_LABELS[type]["zh-CN"],
          description: `${EVENT_LABELS[type].en}. Signed: header Shuzhen-Signature t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">; the event's id is also in Shuzhen-Event-Id.`,
          parameters: [
            { name: "Shuzhen-Signature", in: "header", required: true, schema: { type: "string" } },
            { name: "Shuzhen-Event-Id", in: "header", required: true, schema: { type: "string" } },
            { name: "Shuzhen-Event-Type", in: "header", required: true, schema: { type: "string", const: type } },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["id", "type", "createdAt", "portal", "data"],
                  properties: {
                    id: { type: "string", format: "uuid", description: "The event's id: the same in every delivery of it" },
                    type: { type: "string", const: type },
                    createdAt: { type: "string", format: "date-time" },
                    portal: { type: "string", description: "The portal's slug" },
                    data: schemaOf(EVENT_DATA[type], "output"),
                  },
                },
              },
            },
          },
          responses: { "200": { description: "Any 2xx: received. Anything else, or no answer within 10 s, is retried for a day" } },
        },
      },
    ]),
  );
}
