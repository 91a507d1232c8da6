import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "./read-csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, keeping start lines", () => {
    const records = parseCsv('name,notes\r\n"Room A, east","says ""hi"""\r\n"Two\nlines",x\nlast,\n');
    expect(records).toEqual([
      { line: 1, cells: ["name", "notes"] },
      { line: 2, cells: ["Room A, east", 'says "hi"'] },
      { line: 3, cells: ["Two\nlines", "x"] },
      { line: 5, cells: ["last", ""] },
    ]);
  });

  it("skips blank lines but counts them, strips a BOM, accepts semicolons", () => {
    expect(parseCsv("\uFEFFa;b\n\n1;2")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["1", "2"] },
    ]);
  });

  it("reports an unclosed quote with its line", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\n"open');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it("names the line a never-closed quote opened on, past blank lines and the lines it swallowed", () => {
    expect(() => parseCsv('a\nb\n\n"open\nmore\nlines')).toThrow(expect.objectContaining({ line: 4 }));
  });

  it("keeps semicolons as text in a comma file, and quotes inside an unquoted cell", () => {
    expect(parseCsv('name,notes\r\nRoom;1,12" screen\nB,x')).toEqual([
      { line: 1, cells: ["name", "notes"] },
      { line: 2, cells: ["Room;1", '12" screen'] },
      { line: 3, cells: ["B", "x"] },
    ]);
  });
});
