#!/usr/bin/env node
// Verifies an evidence export offline, with nothing but Node:
//   npm run verify-evidence -- roomtrust-evidence.json [--checkpoint <file>]… [--public-key <file>]
//   (or node scripts/verify-evidence.mjs …; the export may be the .csv one)
// Checks every entry's hash, the RFC 9162 Merkle root, every checkpoint's Ed25519 signature and
// that the log still holds what each checkpoint signed, and each receipt's inclusion proof.
// Deliberately standalone (no project imports) so an auditor can read and run it alone.
// The rules, and how to apply them by hand, are in docs/evidence-verification.md.
import { createHash, createPublicKey, verify } from "node:crypto";
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

const sha256 = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** The text an entry's hash covers; as UTF-8 it is also the entry's Merkle leaf. */
function hashInput(e, payload) {
  return `${e.prevHash}\n${canonicalJson({ seq: e.seq, at: e.at, kind: e.kind, ref: e.ref, actor: e.actor, payload })}`;
}

const parsePayload = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** RFC 9162 §2.1: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right). */
const leafHash = (e) => sha256(Buffer.of(0), Buffer.from(hashInput(e, parsePayload(e.payload) ?? null), "utf8"));
const nodeHash = (left, right) => sha256(Buffer.of(1), left, right);

/**
 * MTH(D[lo:hi]) over the leaves, splitting at the largest power of two below the size. Complete
 * subtrees are kept, so the roots of many checkpoints cost little more than one.
 */
const complete = new Map();
function treeHash(leaves, lo, hi) {
  if (hi - lo === 0) return sha256();
  if (hi - lo === 1) return leaves[lo];
  let k = 1;
  while (k * 2 < hi - lo) k *= 2;
  const whole = k * 2 === hi - lo;
  if (whole && complete.has(`${lo}:${hi}`)) return complete.get(`${lo}:${hi}`);
  const hash = nodeHash(treeHash(leaves, lo, lo + k), treeHash(leaves, lo + k, hi));
  if (whole) complete.set(`${lo}:${hi}`, hash);
  return hash;
}

/** RFC 9162 §2.1.3.2: whether the audit path leads from the leaf to the root. */
function verifyInclusion(index, size, leaf, path, root) {
  if (!(index >= 0 && index < size)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else r = nodeHash(r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** --checkpoint and --public-key may each come more than once (keys: the last one). */
function readArguments(argv) {
  const files = { export: undefined, checkpoints: [], publicKey: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--checkpoint") files.checkpoints.push(argv[++i]);
    else if (argv[i] === "--public-key") files.publicKey = argv[++i];
    else files.export ??= argv[i];
  }
  return files;
}

const files = readArguments(process.argv.slice(2));
if (!files.export || files.checkpoints.includes(undefined) || (process.argv.includes("--public-key") && !files.publicKey)) {
  console.error("usage: npm run verify-evidence -- <evidence export, .json or .csv> [--checkpoint <file>]… [--public-key <file>]");
  process.exit(2);
}
const text = readFileSync(files.export, "utf8").replace(/^\uFEFF/, "");
const exported = text.trimStart().startsWith("{") ? JSON.parse(text) : { entries: entriesFromCsv(text) };
const entries = exported.entries;
const problems = [];

// 1. The chain: every hash, in order.
let prev = { seq: 0, hash: "0".repeat(64) };
for (const e of entries) {
  const payload = parsePayload(e.payload);
  const expected = payload === undefined ? null : createHash("sha256").update(hashInput(e, payload)).digest("hex");
  const problem =
    e.seq !== prev.seq + 1
      ? `expected entry ${prev.seq + 1}`
      : e.prevHash !== prev.hash
        ? "previous hash does not match"
        : !Number.isSafeInteger(e.at) || expected !== e.hash
          ? "entry was changed after it was written"
          : null;
  if (problem) {
    problems.push(`BROKEN at entry ${Number.isSafeInteger(e.seq) ? e.seq : prev.seq + 1}: ${problem}`);
    break;
  }
  prev = e;
}
const leaves = entries.map(leafHash);
const rootOf = (size) => treeHash(leaves, 0, size).toString("hex");

// 2. Checkpoints: the export's own, then the ones given (a checkpoint, the list of them, or a
// receipt's inclusion proof). The key comes from --public-key when given: a key taken from the
// export would prove only that the export agrees with itself.
const given = files.checkpoints.map((file) => ({ file, body: JSON.parse(readFileSync(file, "utf8")) }));
const receipts = given.filter(({ body }) => body.auditPath);
const checkpoints = [
  ...(exported.checkpoints ?? []).map((c) => ({ from: "the export", c })),
  ...given.flatMap(({ file, body }) => (body.auditPath ? [body.checkpoint] : body.checkpoints ?? [body]).map((c) => ({ from: file, c }))),
];
function publicKey() {
  if (files.publicKey) {
    const key = readFileSync(files.publicKey, "utf8");
    return { key: key.includes("BEGIN PUBLIC KEY") ? createPublicKey(key) : createPublicKey({ key: JSON.parse(key), format: "jwk" }), from: files.publicKey };
  }
  if (exported.publicKey) return { key: createPublicKey({ key: exported.publicKey, format: "jwk" }), from: "the export" };
  return null;
}
const key = checkpoints.length > 0 ? publicKey() : null;
if (checkpoints.length > 0 && !key) problems.push("CANNOT CHECK signatures: no public key; pass --public-key <file> (from /evidence/public-key)");

/** Whether the compact JWS is Ed25519 by the key over exactly the checkpoint's fields. */
function signedAsShown(c) {
  const [header, payload, signature] = String(c.jws ?? "").split(".");
  if (!header || !payload || !signature || !key) return false;
  if (JSON.parse(Buffer.from(header, "base64url").toString()).alg !== "EdDSA") return false;
  const fields = canonicalJson({ log: c.log, rootHash: c.rootHash, signedAt: c.signedAt, size: c.size });
  return Buffer.from(payload, "base64url").toString() === fields && verify(null, Buffer.from(`${header}.${payload}`), key.key, Buffer.from(signature, "base64url"));
}

const lines = [];
const seen = new Map();
for (const { from, c } of checkpoints.sort((a, b) => a.c.size - b.c.size)) {
  const name = `checkpoint ${c.size} (from ${from})`;
  if (key && !signedAsShown(c)) {
    problems.push(`BROKEN: ${name}: its signature does not verify with the public key from ${key.from}`);
    continue;
  }
  const twin = seen.get(c.size);
  if (twin && twin !== c.rootHash) problems.push(`BROKEN: ${name}: two signed checkpoints of ${c.size} entries have different roots (the log was forked)`);
  seen.set(c.size, c.rootHash);
  if (c.size > entries.length) problems.push(`BROKEN: ${name}: it covers ${c.size} entries but the log has only ${entries.length}: entries were removed after it was signed`);
  else if (rootOf(c.size) !== c.rootHash) problems.push(`BROKEN: ${name}: the log's first ${c.size} entries no longer have the root it signed: they were changed after it was signed`);
  else lines.push(`${name}: signature valid, and the log's first ${c.size} entries still have its root`);
}

// 3. Receipts: the proof leads from the entry to the signed root, and the export holds that entry as it was.
for (const { file, body } of receipts) {
  const { entry, checkpoint, auditPath } = body;
  const name = `receipt for entry ${entry.seq} (${file})`;
  const leaf = leafHash(entry);
  if (!verifyInclusion(entry.seq - 1, checkpoint.size, leaf, auditPath.map((h) => Buffer.from(h, "hex")), Buffer.from(checkpoint.rootHash, "hex"))) {
    problems.push(`BROKEN: ${name}: its inclusion proof does not lead to checkpoint ${checkpoint.size}'s root`);
  } else if (!entries[entry.seq - 1] || !leafHash(entries[entry.seq - 1]).equals(leaf)) {
    problems.push(`BROKEN: ${name}: the export does not hold this entry as the receipt shows it`);
  } else lines.push(`${name}: included in checkpoint ${checkpoint.size}, and the export holds it unchanged`);
}

if (problems.length > 0) {
  for (const problem of problems) console.log(problem);
  process.exit(1);
}
console.log(`VALID: ${entries.length} entries, last hash ${prev.hash}`);
console.log(`Merkle root of ${entries.length} entries: ${rootOf(entries.length)}`);
for (const line of lines) console.log(line);
