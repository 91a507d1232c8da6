import { describe, expect, it } from "vitest";
import { translator } from "./translate";

// The @ts-expect-error lines are the test that matters: `npx tsc -p .` fails if any of them compiles.
describe("a translator", () => {
  const t = translator("en", "emails.objectionLink");

  it("fills a message's arguments", () => {
    expect(t("subject", { subprocessor: "Datadog" })).toBe("Your link to object: Datadog");
  });

  it("refuses, at compile time and at run time, a key that does not exist", () => {
    // @ts-expect-error no such key
    expect(() => t("subjet", { subprocessor: "Datadog" })).toThrow(/MISSING_MESSAGE/);
  });

  it("refuses, at compile time and at run time, a missing argument", () => {
    // @ts-expect-error subprocessor is required
    expect(() => t("subject")).toThrow(/subprocessor/);
    // @ts-expect-error a misspelt argument is a missing one
    expect(() => t("subject", { subprocesor: "Datadog" })).toThrow(/subprocessor/);
  });

  it("refuses, at compile time, an argument the message does not take", () => {
    // @ts-expect-error heading takes no arguments
    expect(t("heading", { subprocessor: "Datadog" })).toBe("Your personal objection link");
  });
});
