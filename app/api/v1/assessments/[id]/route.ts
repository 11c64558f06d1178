import { handlerOf } from "@/lib/api/endpoint";
import { getAssessment } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = handlerOf(getAssessment);
