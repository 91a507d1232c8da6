import { describe, expect, it } from "vitest";
import { pickLang } from "./lang";

describe("pickLang", () => {
  it("prefers ?lang= over the header", () => expect(pickLang("fr", "en-GB,en;q=0.9")).toBe("fr"));
  it("reads Accept-Language by quality", () => expect(pickLang(undefined, "de;q=0.9,fr-CA;q=0.8,en;q=0.1")).toBe("fr"));
  it("ignores unsupported and zero-quality languages", () => expect(pickLang("de", "fr;q=0,es")).toBe("en"));
  it("falls back to English", () => expect(pickLang(null, null)).toBe("en"));
});
