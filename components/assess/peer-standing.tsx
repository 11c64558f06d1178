import type { PeerStanding } from "@/lib/assessments/peers";
import type { ClientT } from "@/lib/i18n/format";

/** Official points have up to three decimals: show them exactly. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Where the firm stands among its peers, from the benchmark stored with the result (the report and
 * the PDF show the same one): still being computed, too few peers to rank against, or the figures.
 */
export function PeerStandingSection({ peers, t, locale }: { peers: PeerStanding; t: ClientT; locale: "zh-CN" | "en" }) {
  return (
    <section aria-labelledby="peers-title" data-testid="peer-standing" data-status={peers.status}>
      <h2 id="peers-title" className="text-xl font-semibold">
        {t("assess.peers.title")}
      </h2>
      {peers.status === "pending" ? (
        <p className="mt-2 text-sm text-muted" data-testid="peers">
          {t("assess.peers.pending")}
        </p>
      ) : peers.status === "too_few" ? (
        <p className="mt-2 text-sm" data-testid="peers">
          {t("assess.peers.tooFew", { group: peers.group[locale], count: peers.count, minimum: peers.minimum })}
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">{t("assess.peers.group", { group: peers.group[locale], count: peers.count })}</p>
          <p className="mt-1 text-sm" data-testid="peers">
            {t("assess.peers.total", { percentile: num(peers.benchmark.total.percentile), median: num(peers.benchmark.total.median) })}
          </p>
          <p className="mt-1 text-xs text-muted">{t("assess.peers.computedAt", { date: peers.computedAt.slice(0, 10) })}</p>
        </>
      )}
    </section>
  );
}
