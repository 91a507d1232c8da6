import { sha256Hex } from "../crypto/sha256-hex";

/**
 * The evidence chain, as pure functions so an auditor's verifier and ours are the same code.
 * Each entry's hash covers the previous hash and the entry's canonical JSON, so changing,
 * removing or reordering any entry breaks every hash after it.
 */

export interface EvidenceInput {
  at: number;
  kind: string;
  ref: string;
  actor: string;
  payload: Record<string, unknown>;
}

export interface EvidenceEntry {
  seq: number;
  at: number;
  kind: string;
  ref: string;
  actor: string;
  payload: string;
  prevHash: string;
  hash: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export const GENESIS: ChainHead = { seq: 0, hash: "0".repeat(64) };

/** JSON with object keys sorted at every depth, so the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The text an entry's chain hash covers, and (as UTF-8) the Merkle tree's leaf: the previous
 * hash, a line break, the canonical JSON of the entry's own fields.
 */
export function hashInput(entry: Omit<EvidenceEntry, "hash">): string {
  const { seq, at, kind, ref, actor, payload } = entry;
  return `${entry.prevHash}\n${canonicalJson({ seq, at, kind, ref, actor, payload: JSON.parse(payload) })}`;
}

/** Chains new entries onto a head, returning the rows to insert (in order). */
export async function chainEntries(head: ChainHead, inputs: EvidenceInput[]): Promise<EvidenceEntry[]> {
  const rows: EvidenceEntry[] = [];
  let prev = head;
  for (const input of inputs) {
    const base = { seq: prev.seq + 1, ...input, payload: canonicalJson(input.payload), prevHash: prev.hash };
    const row = { ...base, hash: await sha256Hex(hashInput(base)) };
    rows.push(row);
    prev = row;
  }
  return rows;
}

export type ChainVerdict = { valid: true; length: number } | { valid: false; brokenAt: number; reason: string };

/** Re-computes every hash in order; reports the first entry that does not follow from the one before. */
export async function verifyChain(rows: EvidenceEntry[]): Promise<ChainVerdict> {
  let prev = GENESIS;
  for (const row of rows) {
    if (row.seq !== prev.seq + 1) return { valid: false, brokenAt: row.seq, reason: `expected entry ${prev.seq + 1}` };
    if (row.prevHash !== prev.hash) return { valid: false, brokenAt: row.seq, reason: "previous hash does not match" };
    if ((await sha256Hex(hashInput(row))) !== row.hash) {
      return { valid: false, brokenAt: row.seq, reason: "entry was changed after it was written" };
    }
    prev = row;
  }
  return { valid: true, length: rows.length };
}
