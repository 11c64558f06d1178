import { handlerOf } from "@/lib/api/endpoint";
import { getReportPdf } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = handlerOf(getReportPdf);
