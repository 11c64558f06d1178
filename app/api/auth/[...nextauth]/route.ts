import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { readBytes } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";

export const { GET } = handlers;

/** Auth.js reads a form whole: its bodies (sign-in, sign-out) are capped while they stream first. */
export const POST = handler(async (request: Request) => {
  const body = await readBytes(request, 16 * 1024);
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) }));
});
