import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHex, leafHash, MerkleTree, nodeHash, toHex, verifyConsistency, verifyInclusion, type Hash } from "./merkle";

// The eight leaves and their roots from the Certificate Transparency test vectors
// (certificate-transparency-go, merkle tree tests), which follow RFC 9162 hashing.
const VECTOR_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
const VECTOR_ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

const leavesOf = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`entry ${i}`))));

/** RFC 9162's definitions word for word (recursive, no shortcuts), to hold the tree's fast paths to. */
const split = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
async function mth(d: Hash[]): Promise<Hash> {
  if (d.length === 1) return d[0]!;
  const k = split(d.length);
  return nodeHash(await mth(d.slice(0, k)), await mth(d.slice(k)));
}
async function path(m: number, d: Hash[]): Promise<Hash[]> {
  if (d.length === 1) return [];
  const k = split(d.length);
  return m < k ? [...(await path(m, d.slice(0, k))), await mth(d.slice(k))] : [...(await path(m - k, d.slice(k))), await mth(d.slice(0, k))];
}
async function subproof(m: number, d: Hash[], whole: boolean): Promise<Hash[]> {
  if (m === d.length) return whole ? [] : [await mth(d)];
  const k = split(d.length);
  return m <= k
    ? [...(await subproof(m, d.slice(0, k), whole)), await mth(d.slice(k))]
    : [...(await subproof(m - k, d.slice(k), false)), await mth(d.slice(0, k))];
}

/** The same proof with one bit flipped in one of its hashes. */
function flipBit(proof: Hash[], at: number, bit: number): Hash[] {
  return proof.map((hash, i) => {
    if (i !== at) return hash;
    const copy = new Uint8Array(hash);
    copy[bit >> 3]! ^= 1 << (bit & 7);
    return copy;
  });
}

describe("the RFC 9162 Merkle tree", () => {
  it("gives the Certificate Transparency test vectors' root for every prefix of their eight leaves", async () => {
    const tree = await MerkleTree.fromLeafHashes(await Promise.all(VECTOR_LEAVES.map((hex) => leafHash(fromHex(hex)))));
    for (let size = 1; size <= 8; size++) expect(toHex(await tree.root(size))).toBe(VECTOR_ROOTS[size - 1]);
  });

  it("hashes the empty tree as SHA-256 of nothing", async () => {
    const tree = await MerkleTree.fromLeafHashes([]);
    expect(toHex(await tree.root())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("builds the proofs the RFC defines, for every leaf and prefix of trees up to 33 leaves", async () => {
    const leaves = await leavesOf(33);
    const tree = await MerkleTree.fromLeafHashes(leaves);
    for (let n = 1; n <= 33; n++) {
      const d = leaves.slice(0, n);
      expect(toHex(await tree.root(n))).toBe(toHex(await mth(d)));
      for (let m = 0; m < n; m++) {
        expect((await tree.inclusionProof(m, n)).map(toHex)).toEqual((await path(m, d)).map(toHex));
        if (m > 0) expect((await tree.consistencyProof(m, n)).map(toHex)).toEqual((await subproof(m, d, true)).map(toHex));
      }
    }
  });

  it("refuses a leaf or size the tree does not have", async () => {
    const tree = await MerkleTree.fromLeafHashes(await leavesOf(4));
    await expect(tree.inclusionProof(4, 4)).rejects.toThrow(RangeError);
    await expect(tree.root(5)).rejects.toThrow(RangeError);
    await expect(tree.consistencyProof(3, 2)).rejects.toThrow(RangeError);
  });

  it("treats equal sizes and the empty tree as the RFC's edge cases", async () => {
    const tree = await MerkleTree.fromLeafHashes(await leavesOf(5));
    const root = await tree.root();
    expect(await tree.consistencyProof(5, 5)).toEqual([]);
    expect(await verifyConsistency(5, 5, root, root, [])).toBe(true);
    expect(await verifyConsistency(5, 5, root, await tree.root(4), [])).toBe(false);
    expect(await verifyConsistency(3, 5, await tree.root(3), root, [])).toBe(false);
    expect(await verifyConsistency(6, 5, root, root, [])).toBe(false);
  });
});

describe("proofs over random trees (property)", () => {
  const sizes = fc.integer({ min: 1, max: 300 }).chain((size) => fc.record({ size: fc.constant(size), index: fc.integer({ min: 0, max: size - 1 }), bit: fc.nat(255) }));

  it("an inclusion proof verifies, and any one-bit change to the proof, the leaf or the root fails it", async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async ({ size, index, bit }) => {
        const leaves = await leavesOf(size);
        const tree = await MerkleTree.fromLeafHashes(leaves);
        const root = await tree.root();
        const proof = await tree.inclusionProof(index);
        expect(await verifyInclusion(index, size, leaves[index]!, proof, root)).toBe(true);
        for (let at = 0; at < proof.length; at++) expect(await verifyInclusion(index, size, leaves[index]!, flipBit(proof, at, bit), root)).toBe(false);
        expect(await verifyInclusion(index, size, flipBit([leaves[index]!], 0, bit)[0]!, proof, root)).toBe(false);
        expect(await verifyInclusion(index, size, leaves[index]!, proof, flipBit([root], 0, bit)[0]!)).toBe(false);
        // Nor does it pass for another leaf of the same tree.
        if (size > 1) expect(await verifyInclusion(index, size, leaves[(index + 1) % size]!, proof, root)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it("a consistency proof verifies, and any one-bit change to the proof or either root fails it", async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async ({ size, index, bit }) => {
        const first = index + 1;
        const tree = await MerkleTree.fromLeafHashes(await leavesOf(size + 1));
        const [firstRoot, secondRoot] = [await tree.root(first), await tree.root(size + 1)];
        const proof = await tree.consistencyProof(first);
        expect(await verifyConsistency(first, size + 1, firstRoot, secondRoot, proof)).toBe(true);
        for (let at = 0; at < proof.length; at++) expect(await verifyConsistency(first, size + 1, firstRoot, secondRoot, flipBit(proof, at, bit))).toBe(false);
        expect(await verifyConsistency(first, size + 1, flipBit([firstRoot], 0, bit)[0]!, secondRoot, proof)).toBe(false);
        expect(await verifyConsistency(first, size + 1, firstRoot, flipBit([secondRoot], 0, bit)[0]!, proof)).toBe(false);
        // Nor does it pass with one of its hashes left out.
        if (proof.length > 0) expect(await verifyConsistency(first, size + 1, firstRoot, secondRoot, proof.slice(1))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
