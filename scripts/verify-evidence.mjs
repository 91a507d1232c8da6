#!/usr/bin/env node
// Verifies an evidence export offline, with nothing but Node:
//   node verify-evidence.mjs roomtrust-evidence.json   (or roomtrust-evidence.csv)
// Deliberately standalone (no project imports) so an auditor can read and run it alone.
// The rule, and how to apply it by hand, is in docs/evidence-verification.md.
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

/** RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break, quotes doubled. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The CSV export's rows as entries. `at` is the milliseconds the hash covers (`at_utc` is for
 * people and not hashed); the export put one ' before any cell that starts with ', = + - @, tab
 * or CR, so spreadsheets show it as text: take exactly one off.
 */
function entriesFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  const column = (name) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`the CSV has no "${name}" column`);
    return at;
  };
  const [seq, at, kind, ref, actor, payload, prevHash, hash] = ["seq", "at", "kind", "ref", "actor", "payload", "prev_hash", "hash"].map(column);
  const cell = (row, i) => (row[i] ?? "").replace(/^'/, "");
  const integer = (row, i) => (/^\d+$/.test(cell(row, i)) ? Number(cell(row, i)) : NaN);
  return rows.map((row) => ({
    seq: integer(row, seq),
    at: integer(row, at),
    kind: cell(row, kind),
    ref: cell(row, ref),
    actor: cell(row, actor),
    payload: cell(row, payload),
    prevHash: cell(row, prevHash),
    hash: cell(row, hash),
  }));
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/verify-evidence.mjs <evidence export, .json or .csv>");
  process.exit(2);
}
const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
const entries = text.trimStart().startsWith("{") ? JSON.parse(text).entries : entriesFromCsv(text);
let prev = { seq: 0, hash: "0".repeat(64) };
for (const e of entries) {
  let payload;
  try {
    payload = JSON.parse(e.payload);
  } catch {
    payload = undefined;
  }
  const expected =
    payload === undefined
      ? null
      : createHash("sha256")
          .update(`${e.prevHash}\n${canonicalJson({ seq: e.seq, at: e.at, kind: e.kind, ref: e.ref, actor: e.actor, payload })}`)
          .digest("hex");
  const problem =
    e.seq !== prev.seq + 1
      ? `expected entry ${prev.seq + 1}`
      : e.prevHash !== prev.hash
        ? "previous hash does not match"
        : !Number.isSafeInteger(e.at) || expected !== e.hash
          ? "entry was changed after it was written"
          : null;
  if (problem) {
    console.log(`BROKEN at entry ${Number.isSafeInteger(e.seq) ? e.seq : prev.seq + 1}: ${problem}`);
    process.exit(1);
  }
  prev = e;
}
console.log(`VALID: ${entries.length} entries, last hash ${prev.hash}`);
