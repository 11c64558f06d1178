import { describe, expect, it } from "vitest";
import { Limiter } from "./limiter";

describe("Limiter", () => {
  it("never runs more than its limit at once and runs every task", async () => {
    const limiter = new Limiter(3);
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        limiter.run(async () => {
          peak = Math.max(peak, limiter.active);
          await new Promise((r) => setTimeout(r, 5 + (i % 3)));
          done.push(i);
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });

  it("frees its slot when a task fails", async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(async () => 7)).resolves.toBe(7);
  });
});
