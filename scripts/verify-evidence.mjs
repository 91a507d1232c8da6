#!/usr/bin/env node
// Verifies an evidence export offline, with nothing but Node: `node verify-evidence.mjs roomtrust-evidence.json`.
// Deliberately standalone (no project imports) so an auditor can read and run it alone.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/verify-evidence.mjs <evidence export .json>");
  process.exit(2);
}
const { entries } = JSON.parse(readFileSync(file, "utf8"));
let prev = { seq: 0, hash: "0".repeat(64) };
for (const e of entries) {
  const expected = createHash("sha256")
    .update(`${e.prevHash}\n${canonicalJson({ seq: e.seq, at: e.at, kind: e.kind, ref: e.ref, actor: e.actor, payload: JSON.parse(e.payload) })}`)
    .digest("hex");
  const problem =
    e.seq !== prev.seq + 1 ? `expected entry ${prev.seq + 1}` : e.prevHash !== prev.hash ? "previous hash does not match" : expected !== e.hash ? "entry was changed after it was written" : null;
  if (problem) {
    console.log(`BROKEN at entry ${e.seq}: ${problem}`);
    process.exit(1);
  }
  prev = e;
}
console.log(`VALID: ${entries.length} entries, last hash ${prev.hash}`);
