import { probeCounts, writeProbeRow } from "@/lib/bench-probe";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** Only with BENCH_ROUTES=true (404 otherwise): the bare write that bench:submit compares against. */
export const POST = handler(async () => {
  await writeProbeRow();
  return Response.json({ ok: true }, { status: 201 });
});

export const GET = handler(async () => Response.json(await probeCounts()));
