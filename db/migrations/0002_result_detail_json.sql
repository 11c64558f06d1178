ALTER TABLE "assessment_results" ALTER COLUMN "detail" SET DATA TYPE json USING "detail"::json;
