import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise, type IViolation } from "dependency-cruiser";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

// The lint rules pass on our code; these plant a violation of each so that a rule silenced by a
// typo in its config (a path that matches nothing) fails here instead of passing quietly.
const layerRules = createRequire(import.meta.url)("../.dependency-cruiser.cjs");
const planted = mkdtempSync(join(tmpdir(), "roomtrust-layers-"));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

function plant(files: Record<string, string>) {
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(planted, dirname(path)), { recursive: true });
    writeFileSync(join(planted, path), source);
  }
}

describe("the layer rules (.dependency-cruiser.cjs)", () => {
  it("refuse infrastructure in the domain, app/ in the core, stand-ins in deployed code and cycles, and let the router render app/", async () => {
    plant({
      "db/client.ts": "export const db = 1;\n",
      "workers/domain/rule.ts": 'import { db } from "../../db/client";\nexport const rule = db;\n',
      "workers/core/area.ts": 'import { page } from "../../app/page";\nexport const area = page;\n',
      "workers/app/router.ts": 'import { page } from "../../app/page";\nexport const router = page;\n',
      "emails/send.ts": 'import { standin } from "../standins/resend/server";\nexport const send = standin;\n',
      "standins/resend/server.ts": "export const standin = 1;\n",
      "app/page.ts": 'import { part } from "./part";\nexport const page = part;\n',
      "app/part.ts": 'import { page } from "./page";\nexport const part = 1;\nexport const again = page;\n',
    });
    const result = await cruise(["workers", "db", "app", "emails", "standins"], { baseDir: planted, validate: true, ruleSet: { forbidden: layerRules.forbidden } });
    if (typeof result.output === "string") throw new Error("expected a cruise result");
    const found = result.output.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found.sort()).toEqual([
      "domain-is-pure: workers/domain/rule.ts → db/client.ts",
      "no-app-from-workers-or-emails: workers/core/area.ts → app/page.ts",
      expect.stringMatching(/^no-circular: app\/(page|part)\.ts → app\/(page|part)\.ts$/),
      "no-standins-or-e2e-in-deployed-code: emails/send.ts → standins/resend/server.ts",
    ]);
  }, 30_000);
});

describe("the drizzle lint rules (eslint.config.js)", () => {
  it("refuse a delete or update on db without a where, and accept them with one", async () => {
    const eslint = new ESLint({ overrideConfigFile: "eslint.config.js" });
    const source = [
      "declare const db: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a stand-in for the drizzle client's type",
      "declare const t: unknown, w: unknown;",
      "export const all = [db.delete(t), db.update(t).set({})];",
      "export const some = [db.delete(t).where(w), db.update(t).set({}).where(w)];",
      "",
    ].join("\n");
    const [report] = await eslint.lintText(source, { filePath: "db/queries/planted.ts" });
    expect(report?.messages.map((m) => `${m.line}: ${m.ruleId}`)).toEqual(["3: drizzle/enforce-delete-with-where", "3: drizzle/enforce-update-with-where"]);
  }, 30_000);
});
