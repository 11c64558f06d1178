import { handlerOf } from "@/lib/api/endpoint";
import { getDashboard } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = handlerOf(getDashboard);
