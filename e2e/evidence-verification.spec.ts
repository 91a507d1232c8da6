import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInFromOutbox } from "./fixtures";

// Issue 9, point 18: what docs/evidence-verification.md tells an auditor to do, done on the
// exports the running app hands out: both verify, they agree, and a tampered one does not.

function verify(file: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ["scripts/verify-evidence.mjs", file], { encoding: "utf8" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

test("the JSON and CSV evidence exports both verify as the doc describes, and tampering shows", async ({ page }, testInfo) => {
  await signInFromOutbox(page, page.request, "admin@roomtrust.test");
  const json = await page.request.get("/admin/evidence.json");
  const csv = await page.request.get("/admin/evidence.csv");
  expect(json.status()).toBe(200);
  expect(csv.status()).toBe(200);
  const jsonFile = testInfo.outputPath("roomtrust-evidence.json");
  const csvFile = testInfo.outputPath("roomtrust-evidence.csv");
  writeFileSync(jsonFile, await json.body());
  writeFileSync(csvFile, await csv.body());

  const { entries } = JSON.parse(await json.text()) as { entries: { seq: number; at: number; hash: string }[] };
  expect(entries.length).toBeGreaterThan(2);
  const valid = `VALID: ${entries.length} entries, last hash ${entries.at(-1)!.hash}\n`;
  expect(verify(jsonFile)).toEqual({ code: 0, out: valid });
  expect(verify(csvFile)).toEqual({ code: 0, out: valid });

  // The CSV's `at` is the number the hash covers, the same as the JSON's.
  const rows = (await csv.text()).trim().split("\r\n");
  expect(rows[0]).toBe("seq,at,at_utc,kind,ref,actor,payload,prev_hash,hash");
  const second = entries[1]!;
  expect(rows[2]).toContain(`${second.seq},${second.at},${new Date(second.at).toISOString()},`);

  // Moving one entry's time by a millisecond, in either export, breaks the chain there.
  const movedCsv = testInfo.outputPath("moved.csv");
  writeFileSync(movedCsv, (await csv.text()).replace(`\r\n${second.seq},${second.at},`, `\r\n${second.seq},${second.at + 1},`));
  expect(verify(movedCsv)).toEqual({ code: 1, out: `BROKEN at entry ${second.seq}: entry was changed after it was written\n` });
  const movedJson = testInfo.outputPath("moved.json");
  const body = JSON.parse(await json.text()) as { entries: { at: number }[] };
  body.entries[1]!.at += 1;
  writeFileSync(movedJson, JSON.stringify(body));
  expect(verify(movedJson)).toEqual({ code: 1, out: `BROKEN at entry ${second.seq}: entry was changed after it was written\n` });
});
