/**
 * Where a result stands among peers. Percentile rank with ties counted half: the share of peers below,
 * plus half the share equal, in percent. Pure: the peer list comes from the caller.
 */

export interface PeerResult {
  total: number;
  dimensions: Readonly<Record<string, number>>;
  scenes: Readonly<Record<string, number>>;
}

export interface Standing {
  value: number;
  percentile: number;
  median: number;
}

export interface Benchmark {
  peers: number;
  total: Standing;
  dimensions: Record<string, Standing>;
  scenes: Record<string, Standing>;
}

export function percentileRank(value: number, sortedPeers: readonly number[]): number {
  if (sortedPeers.length === 0) return 0;
  let below = 0;
  let equal = 0;
  for (const v of sortedPeers) {
    if (v < value) below++;
    else if (v === value) equal++;
    else break;
  }
  return Math.round(((below + equal / 2) / sortedPeers.length) * 1000) / 10;
}

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function standing(value: number, values: number[]): Standing {
  values.sort((a, b) => a - b);
  return { value, percentile: percentileRank(value, values), median: median(values) };
}

export function benchmark(result: PeerResult, peers: readonly PeerResult[]): Benchmark {
  const dimensions: Record<string, Standing> = {};
  for (const key of Object.keys(result.dimensions)) {
    dimensions[key] = standing(
      result.dimensions[key] ?? 0,
      peers.map((p) => p.dimensions[key] ?? 0),
    );
  }
  const scenes: Record<string, Standing> = {};
  for (const key of Object.keys(result.scenes)) {
    scenes[key] = standing(
      result.scenes[key] ?? 0,
      peers.map((p) => p.scenes[key] ?? 0),
    );
  }
  return {
    peers: peers.length,
    total: standing(
      result.total,
      peers.map((p) => p.total),
    ),
    dimensions,
    scenes,
  };
}
