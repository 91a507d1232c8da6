import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMessage, readSettings } from "./board-message";

// What the board may push to a finder page: ids and three booleans per display, nothing else.
const display = fc.record({ displayId: fc.string(), online: fc.boolean(), occupied: fc.boolean(), known: fc.boolean() });
const sentMessage = fc.oneof(fc.record({ type: fc.constant("state"), displays: fc.array(display, { maxLength: 20 }) }), fc.record({ type: fc.constant("display"), display }));

/** A value of the wrong type for `expected` ("string" or "boolean"), JSON-representable like a WebSocket frame's. */
const notA = (expected: "string" | "boolean") => fc.jsonValue().filter((value) => typeof value !== expected);

/** Extra keys a sender might add; none may reach the page. */
const extraKeys = fc.dictionary(fc.string().filter((key) => !["type", "displays", "display", "displayId", "online", "occupied", "known", "__proto__"].includes(key)), fc.jsonValue(), { minKeys: 1, maxKeys: 3 });

const FIELD_TYPES = { displayId: "string", online: "boolean", occupied: "boolean", known: "boolean" } as const;
type Field = keyof typeof FIELD_TYPES;

/** A field of a display, with a value that breaks it: missing (undefined) or of the wrong type. */
const brokenField = fc.constantFrom(...(Object.keys(FIELD_TYPES) as Field[])).chain((name) => fc.tuple(fc.constant(name), fc.oneof(fc.constant(undefined), notA(FIELD_TYPES[name]))));

/** The message with the display at `index` (modulo their number) given `value` for `name`, or without it for undefined. */
function withDisplayField(message: unknown, index: number, name: Field, value: unknown): unknown {
  const copy = structuredClone(message) as { type: string; display?: Record<string, unknown>; displays?: Record<string, unknown>[] };
  const target = copy.type === "display" ? copy.display! : copy.displays![index % copy.displays!.length]!;
  if (value === undefined) delete target[name];
  else target[name] = value;
  return copy;
}

describe("the finder script's message checks", () => {
  it("takes any message the board may send, as it was sent over the socket", () => {
    fc.assert(fc.property(sentMessage, (message) => {
      expect(readMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
    }));
  });

  it("drops keys the board's schema does not name, at the top and in each display", () => {
    fc.assert(
      fc.property(sentMessage, extraKeys, extraKeys, (message, top, inDisplay) => {
        const sent = message.type === "display" ? { ...top, ...message, display: { ...inDisplay, ...message.display } } : { ...top, ...message, displays: message.displays.map((d) => ({ ...inDisplay, ...d })) };
        expect(readMessage(JSON.parse(JSON.stringify(sent)))).toEqual(message);
      }),
    );
  });

  it("refuses a message whose display has a field missing or of the wrong type", () => {
    const withDisplays = fc.oneof(fc.record({ type: fc.constant("state"), displays: fc.array(display, { minLength: 1, maxLength: 5 }) }), fc.record({ type: fc.constant("display"), display }));
    fc.assert(fc.property(withDisplays, fc.nat(), brokenField, (message, index, [name, value]) => {
      expect(readMessage(withDisplayField(message, index, name, value))).toBeNull();
    }));
  });

  it("refuses anything that is not one of the two messages", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(!(typeof value === "object" && value !== null && !Array.isArray(value) && (value.type === "state" || value.type === "display")));
        expect(readMessage(value)).toBeNull();
      }),
    );
    fc.assert(fc.property(fc.string().filter((type) => type !== "state" && type !== "display"), sentMessage, (type, message) => {
      expect(readMessage({ ...message, type })).toBeNull();
    }));
    fc.assert(fc.property(fc.jsonValue().filter((v) => !Array.isArray(v)), (displays) => {
      expect(readMessage({ type: "state", displays })).toBeNull();
    }));
  });

  it("reads its settings only when every label is there, as text, and the filter it was loaded with", () => {
    const labelNames = ["live", "lost", "counts", "nowStatus", "available", "occupied", "unknown", "offline"] as const;
    const labels = fc.record(Object.fromEntries(labelNames.map((name) => [name, fc.string()])) as Record<(typeof labelNames)[number], fc.Arbitrary<string>>);
    const settings = fc.record({ slug: fc.string(), key: fc.option(fc.string(), { nil: null }), availableOnly: fc.boolean(), labels });
    fc.assert(
      fc.property(settings, (written) => {
        expect(readSettings(JSON.parse(JSON.stringify(written)))).toEqual(written);
      }),
    );
    fc.assert(
      fc.property(settings, fc.constantFrom(...labelNames), fc.oneof(fc.constant(undefined), notA("string")), (written, name, value) => {
        const broken = { ...written, labels: { ...written.labels, [name]: value } };
        if (value === undefined) delete broken.labels[name];
        expect(readSettings(broken)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(settings, (written) => {
        const withoutKey: Partial<typeof written> = { ...written };
        delete withoutKey.key;
        expect(readSettings(withoutKey)).toBeNull();
      }),
    );
    // Without it, the script could not know whether a room's status decides its place in the list.
    fc.assert(
      fc.property(settings, fc.oneof(fc.constant(undefined), notA("boolean")), (written, value) => {
        const broken: Record<string, unknown> = { ...written, availableOnly: value };
        if (value === undefined) delete broken.availableOnly;
        expect(readSettings(broken)).toBeNull();
      }),
    );
  });
});
