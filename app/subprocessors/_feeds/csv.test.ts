import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone", () => expect(csvCell("Cloudflare Inc")).toBe("Cloudflare Inc"));
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });
  it.each(["=HYPERLINK(\"http://evil\")", "+1+1", "-2", "@SUM(A1)", "\t=1", "\r=1"])("neutralises a formula: %j", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("neutralises and quotes together", () => expect(csvCell("=1,2")).toBe(`"'=1,2"`));
  it("keeps a formula sign that is not first", () => expect(csvCell("a=b")).toBe("a=b"));
});

describe("toCsv", () => {
  it("writes a header row and CRLF line ends, ending with one", () => {
    expect(toCsv(["id", "name"], [["sp_1", "A, B"], ["sp_2", "-x"]])).toBe('id,name\r\nsp_1,"A, B"\r\nsp_2,\'-x\r\n');
  });
  it("writes only the header for an empty list", () => expect(toCsv(["id"], [])).toBe("id\r\n"));
});

describe("the CSV writer, over any cells (fast-check)", () => {
  const FORMULA_START = /^[=+\-@\t\r]/;
  // Cells that lean on what the writer must handle: separators, quotes, line ends, formula signs.
  const cell = fc.string({ unit: fc.oneof(fc.constantFrom(",", '"', "\r", "\n", "\t", "=", "+", "-", "@", "'", " "), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })) });
  const table = fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(fc.array(cell, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 })));

  it("reads back, through a real CSV parser, every cell as written, a formula behind a quote", () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        // One empty cell alone on a line is an empty line to any reader; it needs a second column to exist.
        fc.pre(header.length > 1 || [header, ...rows].every((row) => row[0] !== ""));
        const read: string[][] = parse(toCsv(header, rows), { relax_quotes: false, skip_empty_lines: false, record_delimiter: "\r\n" });
        expect(read).toEqual([header, ...rows].map((row) => row.map((value) => (FORMULA_START.test(value) ? `'${value}` : value))));
        for (const value of read.flat()) expect(value).not.toMatch(FORMULA_START);
      }),
    );
  });
});
