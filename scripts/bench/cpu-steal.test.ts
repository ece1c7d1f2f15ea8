import { describe, expect, it } from "vitest";
import { parseCpuTimes, stolenPercent } from "./cpu-steal";

describe("CPU time stolen by the host", () => {
  it("reads the machine-wide line of /proc/stat, not a single core's", () => {
    const procStat = ["cpu  100 0 50 800 10 0 5 35 0 0", "cpu0 50 0 25 400 5 0 2 18 0 0", "intr 12345"].join(
      "\n",
    );
    expect(parseCpuTimes(procStat)).toEqual({ total: 1000, steal: 35 });
  });

  it("gives the stolen share of the time between two readings", () => {
    expect(stolenPercent({ total: 1000, steal: 35 }, { total: 3000, steal: 535 })).toBe(25);
    expect(stolenPercent({ total: 1000, steal: 35 }, { total: 1000, steal: 35 })).toBe(0);
  });

  it("gives up on text that is not /proc/stat", () => {
    expect(parseCpuTimes("no cpu here")).toBeNull();
    expect(parseCpuTimes("cpu  1 2 x")).toBeNull();
  });
});
