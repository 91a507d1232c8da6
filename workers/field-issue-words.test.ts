import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en.json" with { type: "json" };
import { isOwnIssueCode, ownIssue, ownIssueText, type OwnIssueCode } from "./field-issue-words";

/** Each code with the params the core raises it with (the sites in workers/use-cases and shared.schema.ts). */
const raised: Record<OwnIssueCode, { path: string; field?: string; params?: Record<string, string | number> }> = {
  csv: { path: "line 3", params: { line: 3 } },
  empty: { path: "line 1", params: { line: 1 } },
  too_many: { path: "file", params: { max: 2000 } },
  unknown_column: { path: "line 1", params: { line: 1, column: "colour", columns: "name, roomEmail" } },
  missing_column: { path: "line 1", params: { line: 1, column: "capacity" } },
  repeated_column: { path: "line 1", params: { line: 1, column: "capacity" } },
  cells: { path: "line 2", params: { line: 2, cells: 2, expected: 3 } },
  taken: { path: "line 4", field: "name", params: { line: 4, name: "Atlas" } },
  duplicate: { path: "line 6", field: "name", params: { line: 6, name: "Atlas", otherLine: 3 } },
  confusable: { path: "proposed.name", params: { name: "Cloudflare", among: "proposals" } },
  confusable_line: { path: "line 5", field: "name", params: { line: 5, name: "Orion", otherLine: 2 } },
  link_address: { path: "contactEmail", params: { email: "dpo@example.com" } },
  line_break: { path: "proposed.name", params: { code: "line_break" } },
  control_character: { path: "floor", params: { code: "control_character" } },
  direction_control: { path: "organisation", params: { code: "direction_control" } },
  below_floor: { path: "noticePeriodDays", params: { floor: 30 } },
  window_after_notice: { path: "objectionWindowDays", params: { noticePeriodDays: 30 } },
  needs_notice: { path: "legalEntity" },
  french_without_change: { path: "locationFr" },
  not_a_typo: { path: "legalEntity", params: { edits: 9 } },
  nothing_changed: { path: "fields" },
  nothing_proposed: { path: "proposed", params: { code: "nothing_proposed" } },
  not_active: { path: "subprocessorId" },
  webhook_url_invalid: { path: "url" },
  webhook_url_not_https: { path: "url" },
  webhook_url_credentials: { path: "url" },
  webhook_url_ip_literal: { path: "url" },
  webhook_url_private_name: { path: "url" },
};

describe("our own field problems, worded from the catalogues", () => {
  it("knows every code the catalogues word, and no other", () => {
    expect(Object.keys(raised).sort()).toEqual(Object.keys(en.fieldIssues.codes).sort());
    expect(isOwnIssueCode("too_small")).toBe(false);
  });

  it.each(Object.entries(raised))("words %s in English and French with the params it is raised with", (code, facts) => {
    const issue = ownIssue({ ...facts, code: code as OwnIssueCode });
    expect(issue.message).not.toMatch(/[{}]/);
    const french = ownIssueText(issue, "fr") ?? "";
    expect(french).not.toMatch(/[{}]/);
    expect(french).not.toBe(issue.message);
    // Every param is in both but the line (the issue's place says it), a refinement's own code and a select's choice.
    for (const [key, value] of Object.entries(facts.params ?? {})) {
      if (!["line", "code", "among"].includes(key)) expect([issue.message, french].filter((text) => text.includes(String(value)))).toHaveLength(2);
    }
  });

  it("says what the core always said in English", () => {
    expect(ownIssue({ code: "duplicate", ...raised.duplicate }).message).toBe("name: “Atlas” is also on line 3.");
    expect(ownIssue({ code: "too_many", ...raised.too_many }).message).toBe("At most 2000 displays per import.");
    expect(ownIssue({ code: "below_floor", ...raised.below_floor }).message).toBe("Notice period must be at least 30\u00a0days, the shortest this deployment allows.");
    expect(ownIssue({ code: "needs_notice", ...raised.needs_notice }).message).toBe("Legal entity is material: customers rely on it, so changing it needs a notice. Propose a change instead.");
  });

  it("names the field in the reader's language, and a CSV line's column first", () => {
    expect(ownIssueText({ code: "below_floor", ...raised.below_floor }, "fr")).toBe("Le champ «\u00a0Préavis\u00a0» doit être d’au moins 30\u00a0jours, le minimum que permet ce déploiement.");
    expect(ownIssueText({ code: "taken", ...raised.taken }, "fr")).toBe("name\u00a0: un écran nommé «\u00a0Atlas\u00a0» existe déjà.");
    expect(ownIssueText({ code: "line_break", path: "somethingUnlabelled" }, "en")).toBe("This field must fit on one line: remove the line break.");
  });
});
