import Link from "next/link";
import { currentTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await currentTranslator();
  return (
    <section className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-3 text-muted">{t("notFound.body")}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
        {t("notFound.home")}
      </Link>
    </section>
  );
}
