import { describe, expect, it } from "vitest";
import { diffLists, endOfUtcDay, type ListedSubprocessor } from "./list-version-diff";

const entry = (id: string, over: Partial<ListedSubprocessor> = {}): ListedSubprocessor => ({
  id,
  name: id,
  legalEntity: `${id} Ltd`,
  purpose: "Email",
  location: "Ireland",
  dataCategories: ["Email addresses"],
  transferMechanism: "EEA",
  website: "https://example.test",
  ...over,
});

describe("diffLists", () => {
  it("finds who was added, who was removed, and each changed field before → after", () => {
    const before = [entry("a"), entry("b"), entry("c")];
    const after = [entry("a"), entry("c", { location: "Germany", dataCategories: ["Email addresses", "Names"] }), entry("d")];
    expect(diffLists(before, after)).toEqual({
      added: [entry("d")],
      removed: [entry("b")],
      changed: [
        {
          id: "c",
          name: "c",
          fields: [
            { field: "location", before: "Ireland", after: "Germany" },
            { field: "dataCategories", before: ["Email addresses"], after: ["Email addresses", "Names"] },
          ],
        },
      ],
    });
  });

  it("finds nothing between a list and itself, and everything added to an empty one", () => {
    expect(diffLists([entry("a")], [entry("a")])).toEqual({ added: [], removed: [], changed: [] });
    expect(diffLists([], [entry("a")]).added).toEqual([entry("a")]);
  });
});

describe("endOfUtcDay", () => {
  it("reads a calendar date as the last millisecond of that day in UTC", () => {
    expect(endOfUtcDay("2026-12-01")).toBe(Date.UTC(2026, 11, 2) - 1);
  });

  it.each(["2026-02-30", "2026-13-01", "2026-1-01", "yesterday", "", "2026-12-01T00:00"])("refuses %j", (date) => {
    expect(endOfUtcDay(date)).toBeNull();
  });
});
