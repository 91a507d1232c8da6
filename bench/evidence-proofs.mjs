// `npm run bench:evidence`: how big the evidence log's proofs are for 10, 10,000 and 1,000,000
// entries (RFC 9162 inclusion and consistency proofs, the tree of workers/crypto/merkle.ts), and
// that each still verifies. Sizes grow with log2 of the entries, so a customer's proof stays a
// few hundred bytes however long the log gets. Pure computation: no server, no network.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, ".wrangler", "bench-evidence", "merkle.mjs");
mkdirSync(dirname(outfile), { recursive: true });
await build({ entryPoints: [join(root, "workers/crypto/merkle.ts")], bundle: true, platform: "node", format: "esm", outfile, logLevel: "error" });
const { leafHash, MerkleTree, verifyConsistency, verifyInclusion } = await import(pathToFileURL(outfile).href);

const sizes = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["10", "10000", "1000000"]).map(Number);
const rows = [];
for (const size of sizes) {
  const started = performance.now();
  const leaves = Array.from({ length: size }, (_, i) => leafHash(new TextEncoder().encode(`entry ${i}`)));
  const tree = MerkleTree.fromLeafHashes(leaves);
  const root = await tree.root();
  const built = performance.now() - started;
  // The longest inclusion path over a few positions (first, middle, last), and consistency from half and from one less.
  let inclusion = 0;
  for (const index of new Set([0, Math.floor(size / 2), size - 1])) {
    const proof = await tree.inclusionProof(index);
    if (!(await verifyInclusion(index, size, leaves[index], proof, root))) throw new Error(`inclusion of ${index} in ${size} did not verify`);
    inclusion = Math.max(inclusion, proof.length);
  }
  let consistency = 0;
  for (const first of new Set([Math.max(1, Math.floor(size / 2)), Math.max(1, size - 1)])) {
    const proof = await tree.consistencyProof(first);
    if (!(await verifyConsistency(first, size, await tree.root(first), root, proof))) throw new Error(`consistency ${first}→${size} did not verify`);
    consistency = Math.max(consistency, proof.length);
  }
  rows.push({ entries: size.toLocaleString("en"), inclusion: `${inclusion} hashes, ${inclusion * 32} bytes`, consistency: `${consistency} hashes, ${consistency * 32} bytes`, tree: `${Math.round(built)} ms` });
}
console.table(rows);
