import { handlerOf } from "@/lib/api/endpoint";
import { getPlan } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = handlerOf(getPlan);
