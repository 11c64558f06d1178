/** Calls a route handler as Next would, with a JSON body and an optional resume token. */
export type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

export async function call(
  handler: Handler | ((request: Request) => Promise<Response>),
  init: { method?: string; body?: unknown; rawBody?: string; token?: string; id?: string; query?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> & { error?: { code: string; message: string; issues?: { field: string; message: string }[] } } }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const request = new Request(`http://localhost/api/test${init.query ?? ""}`, { method: init.method ?? "GET", headers, body });
  const response = await (handler as Handler)(request, { params: Promise.resolve({ id: init.id ?? "" }) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export function fields(body: { error?: { issues?: { field: string }[] } }): string[] {
  return body.error?.issues?.map((i) => i.field) ?? [];
}
