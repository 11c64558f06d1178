import { handlerOf } from "@/lib/api/endpoint";
import { createAssessmentV1 } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const POST = handlerOf(createAssessmentV1);
