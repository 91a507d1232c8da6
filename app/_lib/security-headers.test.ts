import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

describe("public/_headers", () => {
  it("gives static assets the same security headers as pages", () => {
    const lines = readFileSync(new URL("../../public/_headers", import.meta.url), "utf8").split("\n");
    const rules = lines.filter((line) => /^\s+\S/.test(line)).map((line) => line.trim());
    expect(lines.filter((line) => /^\//.test(line))).toEqual(["/*"]);
    expect(rules).toEqual(securityHeaders.map(({ key, value }) => `${key}: ${value}`));
  });
});
