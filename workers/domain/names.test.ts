import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookAlike, multiLineProblem, normaliseLine, singleLineProblem, skeleton } from "./names";

describe("skeleton (UTS #39)", () => {
  it("draws a Cyrillic А the same as a Latin A", () => {
    expect("\u0410tlas").not.toBe("Atlas");
    expect(skeleton("\u0410tlas")).toBe(skeleton("Atlas"));
  });

  it("is the same for a composed and a decomposed Café", () => {
    expect("Caf\u00e9").not.toBe("Cafe\u0301");
    expect(skeleton("Caf\u00e9")).toBe(skeleton("Cafe\u0301"));
  });

  it("ignores a zero-width character inside a name", () => {
    expect(skeleton("At\u200blas")).toBe(skeleton("Atlas"));
    expect(skeleton("Atlas\u2060")).toBe(skeleton("Atlas"));
  });

  it("tells apart names that read differently", () => {
    expect(skeleton("Atlas")).not.toBe(skeleton("Atlantis"));
    expect(skeleton("Café")).not.toBe(skeleton("Cafe"));
    expect(skeleton("Room 2")).not.toBe(skeleton("Room 3"));
  });

  it("catches the classic look-alikes: rn for m, l for 1 and I", () => {
    expect(skeleton("Boardrnoom")).toBe(skeleton("Boardmoom"));
    expect(skeleton("Room 1")).toBe(skeleton("Room l"));
    expect(skeleton("Room I")).toBe(skeleton("Room l"));
  });
});

describe("lookAlike", () => {
  const rooms = [{ id: "a", name: "Atlas" }, { id: "b", name: "Zenith" }];

  it("finds the existing entry a new name would be mistaken for", () => {
    expect(lookAlike("\u0410tlas", rooms)?.id).toBe("a");
    expect(lookAlike("Zen\u200dith", rooms)?.id).toBe("b");
  });

  it("finds nothing for a name that reads differently", () => {
    expect(lookAlike("Orion", rooms)).toBeUndefined();
  });
});

describe("singleLineProblem", () => {
  it("refuses CR, LF and the other line ends", () => {
    for (const text of ["Atlas\r\nBcc: x@y", "Atlas\n", "a\u0085b", "a\u2028b", "a\u2029b"]) expect(singleLineProblem(text)).toBe("line_break");
  });

  it("refuses tabs, NUL, DEL and C1 controls", () => {
    for (const text of ["a\tb", "a\u0000b", "a\u007fb", "a\u009bb", "a\u001bb"]) expect(singleLineProblem(text)).toBe("control_character");
  });

  it("refuses bidi controls", () => {
    for (const c of ["\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c"]) expect(singleLineProblem(`Atlas${c}`)).toBe("direction_control");
  });

  it("accepts ordinary names in any script", () => {
    for (const text of ["Atlas", "Salle Café — 2e étage", "会议室", "غرفة الاجتماعات", "Zoë's room (8)"]) expect(singleLineProblem(text)).toBeNull();
  });
});

describe("multiLineProblem", () => {
  it("keeps line breaks but refuses other control characters", () => {
    expect(multiLineProblem("First line.\r\nSecond line.\nThird.")).toBeNull();
    expect(multiLineProblem("a\tb")).toBe("control_character");
    expect(multiLineProblem("a\u0007b")).toBe("control_character");
    expect(multiLineProblem("a\u0085b")).toBe("control_character");
  });
});

describe("normaliseLine", () => {
  it("composes to NFC and removes zero-width characters", () => {
    expect(normaliseLine("Cafe\u0301")).toBe("Caf\u00e9");
    expect(normaliseLine("\ufeffAt\u200bl\u200ca\u200ds\u2060")).toBe("Atlas");
  });
});

describe("names, over any text (fast-check)", () => {
  const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
  // Graphemes, so a zero-width character is inserted between what a reader sees as characters.
  const graphemes = fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), { maxLength: 12 });
  const withZeroWidth = (parts: string[], at: number[], chars: string[]) => parts.map((part, i) => (at.includes(i) ? chars[i % chars.length] + part : part)).join("");
  const insertion = fc.tuple(graphemes, fc.array(fc.nat({ max: 12 })), fc.array(fc.constantFrom(...ZERO_WIDTH), { minLength: 1 }));

  it("gives a name one skeleton whether it was typed composed, decomposed or with zero-width characters", () => {
    fc.assert(
      fc.property(insertion, ([parts, at, chars]) => {
        const name = parts.join("");
        expect(skeleton(name.normalize("NFC"))).toBe(skeleton(name));
        expect(skeleton(name.normalize("NFD"))).toBe(skeleton(name));
        expect(skeleton(withZeroWidth(parts, at, chars))).toBe(skeleton(name));
        expect(lookAlike(withZeroWidth(parts, at, chars).normalize("NFD"), [{ name }])?.name).toBe(name);
      }),
    );
  });

  it("stores a line the same however it was typed, and storing it again changes nothing", () => {
    fc.assert(
      fc.property(insertion, ([parts, at, chars]) => {
        const name = parts.join("");
        const stored = normaliseLine(withZeroWidth(parts, at, chars));
        expect(stored).toBe(normaliseLine(name));
        expect(normaliseLine(stored)).toBe(stored);
        expect(stored).toBe(stored.normalize("NFC"));
        for (const c of ZERO_WIDTH) expect(stored).not.toContain(c);
      }),
    );
  });

  it("refuses a line break, a control character or a direction control wherever it is in a one-line text", () => {
    // eslint-disable-next-line no-control-regex -- the generator must leave out exactly the characters under test
    const clean = fc.string({ unit: "grapheme" }).filter((text) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text));
    const place = (text: string, char: string, at: number) => [...text].toSpliced(at % ([...text].length + 1), 0, char).join("");
    const lineBreak = fc.constantFrom("\n", "\r", "\u0085", "\u2028", "\u2029");
    const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => (c < 0x20 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c !== 0x85)).map((c) => String.fromCharCode(c));
    const direction = fc.constantFrom("\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069");
    fc.assert(
      fc.property(clean, fc.nat(), lineBreak, control, direction, (text, at, br, ctl, dir) => {
        expect(singleLineProblem(text)).toBeNull();
        expect(singleLineProblem(place(text, br, at))).toBe("line_break");
        expect(singleLineProblem(place(text, ctl, at))).toBe("control_character");
        expect(singleLineProblem(place(text, dir, at))).toBe("direction_control");
        expect(multiLineProblem(place(text, "\n", at))).toBeNull();
        expect(multiLineProblem(place(text, ctl, at))).toBe("control_character");
      }),
    );
  });
});
