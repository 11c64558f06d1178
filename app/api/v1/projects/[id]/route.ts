import { handlerOf } from "@/lib/api/endpoint";
import { getProjectV1 } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = handlerOf(getProjectV1);
