import { describe, expect, it } from "vitest";
import { isolateLatin } from "../../plugins/arabic-text.ts";

describe("isolateLatin", () => {
  it("escapes text and wraps each Latin run in <bdi lang=en>", () => {
    expect(isolateLatin("اللجنة (HMC) و<script>")).toBe('اللجنة (<bdi lang="en">HMC</bdi>) و&lt;<bdi lang="en">script</bdi>&gt;');
    expect(isolateLatin('قال "نعم" & مضى')).toBe("قال &quot;نعم&quot; &amp; مضى");
  });
});
