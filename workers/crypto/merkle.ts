/**
 * RFC 9162 (Certificate Transparency 2.0) Merkle trees over the evidence log, §2.1: the tree
 * hash of n leaves, inclusion proofs (§2.1.3) and consistency proofs (§2.1.4) with the RFC's own
 * verification algorithms. Pure: the same code serves the core worker, the tests and the bench;
 * scripts/verify-evidence.mjs holds its own copy so an auditor can read it alone.
 */

import { createHash } from "node:crypto";

export type Hash = Uint8Array<ArrayBuffer>;

// node:crypto's synchronous hash (workerd has it through nodejs_compat), not WebCrypto's: a tree
// is a million small digests, and awaiting subtle.digest for each made building one four times slower.
function sha256(...parts: Uint8Array[]): Hash {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** MTH({d}) = SHA-256(0x00 ‖ d): the leaf prefix keeps a leaf from passing for an inner node. */
export function leafHash(entry: Uint8Array): Hash {
  return sha256(LEAF_PREFIX, entry);
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Hash, right: Hash): Hash {
  return sha256(NODE_PREFIX, left, right);
}

export function toHex(hash: Uint8Array): string {
  return Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function fromHex(hex: string): Hash {
  if (!/^([0-9a-f]{2})*$/.test(hex)) throw new Error("not lowercase hex");
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The largest power of two smaller than n (n > 1), where RFC 9162 splits a tree. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A tree over leaf hashes, holding every complete subtree so that the root of any prefix and
 * the proofs between prefixes cost O(log² n) hashes after one O(n) build.
 */
export class MerkleTree {
  private constructor(
    /** levels[h][i]: the hash of leaves [i·2^h, (i+1)·2^h), for every complete subtree. */
    private readonly levels: Hash[][],
  ) {}

  static fromLeafHashes(leaves: Hash[]): MerkleTree {
    const levels: Hash[][] = [leaves];
    for (let below = leaves; below.length > 1; ) {
      const level: Hash[] = [];
      for (let i = 0; i + 1 < below.length; i += 2) level.push(nodeHash(below[i]!, below[i + 1]!));
      levels.push(level);
      below = level;
    }
    return new MerkleTree(levels);
  }

  get size(): number {
    return this.levels[0]!.length;
  }

  /** MTH(D[lo:hi]), §2.1.1; the empty tree's hash is SHA-256 of nothing. */
  private subtree(lo: number, hi: number): Hash {
    const n = hi - lo;
    if (n === 0) return sha256();
    const height = Math.log2(n);
    if (Number.isInteger(height) && lo % n === 0) return this.levels[height]![lo / n]!;
    const k = splitPoint(n);
    return nodeHash(this.subtree(lo, lo + k), this.subtree(lo + k, hi));
  }

  private checkSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) throw new RangeError(`the tree has ${this.size} leaves, not ${size}`);
  }

  /** The root hash of the tree's first `size` leaves. */
  async root(size: number = this.size): Promise<Hash> {
    this.checkSize(size);
    return this.subtree(0, size);
  }

  /** PATH(index, D[size]), §2.1.3.1: the audit path from leaf `index` to the root of the first `size` leaves. */
  async inclusionProof(index: number, size: number = this.size): Promise<Hash[]> {
    this.checkSize(size);
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    let lo = 0;
    let hi = size;
    let m = index;
    const siblings: Hash[] = [];
    while (hi - lo > 1) {
      const k = splitPoint(hi - lo);
      if (m < k) {
        siblings.push(this.subtree(lo + k, hi));
        hi = lo + k;
      } else {
        siblings.push(this.subtree(lo, lo + k));
        lo += k;
        m -= k;
      }
    }
    // Found from the root down; the proof lists them from the leaf up.
    return siblings.reverse();
  }

  /** PROOF(first, D[size]), §2.1.4.1: that the first `first` leaves are a prefix of the first `size`. */
  async consistencyProof(first: number, size: number = this.size): Promise<Hash[]> {
    this.checkSize(size);
    if (!Number.isSafeInteger(first) || first < 0 || first > size) throw new RangeError(`cannot prove ${first} leaves against ${size}`);
    if (first === 0 || first === size) return [];
    const nodes: Hash[] = [];
    let lo = 0;
    let hi = size;
    let m = first;
    let whole = true;
    // SUBPROOF(m, D[lo:hi], whole), unrolled from the root down.
    while (m !== hi - lo) {
      const k = splitPoint(hi - lo);
      if (m <= k) {
        nodes.push(this.subtree(lo + k, hi));
        hi = lo + k;
      } else {
        nodes.push(this.subtree(lo, lo + k));
        lo += k;
        m -= k;
        whole = false;
      }
    }
    if (!whole) nodes.push(this.subtree(lo, hi));
    return nodes.reverse();
  }
}

const lsb = (n: number) => n % 2 === 1;

/** §2.1.3.2: whether `proof` shows leaf `index` (hashed as `leaf`) in the tree of `size` with `root`. */
export async function verifyInclusion(index: number, size: number, leaf: Hash, proof: Hash[], root: Hash): Promise<boolean> {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, root);
}

/**
 * §2.1.4.2: whether `proof` shows the tree of `first` leaves with `firstRoot` to be a prefix of
 * the tree of `second` leaves with `secondRoot`. Equal sizes need equal roots and no proof; the
 * empty tree is a prefix of every tree.
 */
export async function verifyConsistency(first: number, second: number, firstRoot: Hash, secondRoot: Hash, proof: Hash[]): Promise<boolean> {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && equal(firstRoot, secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = Number.isInteger(Math.log2(first)) ? [firstRoot, ...proof] : proof;
  let fn = first - 1;
  let sn = second - 1;
  while (lsb(fn)) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return equal(fr, firstRoot) && equal(sr, secondRoot) && sn === 0;
}
