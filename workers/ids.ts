/** Random public ids with a type prefix ("ntc_3f9a…"), so a log line says what it refers to. */
export function newId(prefix: "ntc" | "sub" | "obj" | "eml" | "out" | "sp" | "org" | "dsp" | "nct" | "whe"): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
