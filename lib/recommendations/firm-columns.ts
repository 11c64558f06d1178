import "server-only";
import { enterprises } from "@/db/schema";

/** The enterprise columns a plan's firm facts come from (see `firmForPlan`), for a select. */
export const planFirmColumns = {
  provinceCode: enterprises.provinceCode,
  cityCode: enterprises.cityCode,
  districtCode: enterprises.districtCode,
  industryCode: enterprises.industryCode,
  industrySubCode: enterprises.industrySubCode,
  industrySegment: enterprises.industrySegment,
  sizeClass: enterprises.sizeClass,
  aboveScale: enterprises.aboveScale,
  revenueWan: enterprises.revenueWan,
};
