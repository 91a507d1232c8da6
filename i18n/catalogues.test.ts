import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browserNamespaces, compiledNamespaceOf, declarationOf } from "../scripts/i18n-generate.mjs";
import { deliveryProgressText } from "./delivery-progress";
import en from "./messages/en.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };
import { tabletText } from "./tablet";
import { translator } from "./translate";

/** Every message of a catalogue by its dotted key. */
function flatten(catalogue: object, prefix = ""): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === "string") messages.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value as object, `${prefix}${key}.`)) messages.set(inner, text);
  }
  return messages;
}

/** The arguments a message takes, each with its kind ("count:plural", "time:argument"), and its tags. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message));
  return [...found].sort();
}

const english = flatten(en);
const french = flatten(fr);

describe("the catalogues", () => {
  it("have the same keys in English and French", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])("give %s the same placeholders in both languages", (key) => {
    expect(placeholders(french.get(key) ?? "")).toEqual(placeholders(english.get(key) ?? ""));
  });

  it("are typed from a declaration generated from en.json as it is now (node scripts/i18n-generate.mjs)", () => {
    expect(readFileSync(new URL("./messages/en.d.json.ts", import.meta.url), "utf8")).toBe(declarationOf(en));
  });

  it.each(Object.entries(browserNamespaces))("reach the browser's %s.json compiled from the catalogues as they are now (node scripts/i18n-generate.mjs)", (file, namespace) => {
    expect(readFileSync(new URL(`./compiled/${file}.json`, import.meta.url), "utf8")).toBe(compiledNamespaceOf({ en, fr }, namespace));
  });
});

/** Arguments for a message: each plural as 0, 1 and 3 in turn, every other argument as a word. */
function sampleArguments(message: string): Record<string, string | number>[] {
  const names = placeholders(message);
  return [0, 1, 3].map((count) => Object.fromEntries(names.map((p) => p.split(":")).map(([name = "", kind]) => [name, kind === "plural" ? count : `«${name}»`])));
}

// Every key in turn: the keys are plain strings here, not the typed union a caller names.
type AnyText = (key: string, values?: object) => string;
const precompiled = { display: (lang: "en" | "fr") => tabletText(lang), adminDeliveryProgress: (lang: "en" | "fr") => deliveryProgressText(lang) };

describe.each(["en", "fr"] as const)("the browser's precompiled messages in %s", (lang) => {
  describe.each(Object.values(browserNamespaces))("of %s", (namespace) => {
    const keys = [...english.keys()].filter((key) => key.startsWith(`${namespace}.`)).map((key) => key.slice(namespace.length + 1));
    const server = translator(lang, namespace) as unknown as AnyText;
    const browser = precompiled[namespace](lang) as unknown as AnyText;
    it.each(keys)("say %s as the server's translator does", (key) => {
      for (const values of sampleArguments((lang === "en" ? english : french).get(`${namespace}.${key}`) ?? "")) expect(browser(key, values)).toBe(server(key, values));
    });
  });
});

describe("plurals", () => {
  it("take the singular for 1 in English, and for 0 and 1 in French", () => {
    const text = (lang: "en" | "fr", days: number) => translator(lang, "emails.noticeFacts")("periodsText", { notice: days, objection: 1, resolution: 2 });
    expect(text("en", 0)).toBe("notice of 0 days; objections within 1 day; each objection answered within 2 days");
    expect(text("en", 1)).toMatch(/^notice of 1 day;/);
    expect(text("fr", 0)).toBe("préavis de 0\u00a0jour\u00a0; oppositions sous 1\u00a0jour\u00a0; réponse à chaque opposition sous 2\u00a0jours");
    expect(text("fr", 1)).toMatch(/^préavis de 1\u00a0jour\u00a0;/);
  });

  it("keep counts that can pass 999 as plain digits, with the plural still chosen by the number", () => {
    const imported = (lang: "en" | "fr", count: number) => translator(lang, "adminRooms")("imported", { count, imported: String(count) });
    expect(imported("en", 1)).toBe("1 display imported.");
    expect(imported("en", 2000)).toBe("2000 displays imported.");
    expect(imported("fr", 1)).toBe("1 écran importé.");
    expect(imported("fr", 2000)).toBe("2000 écrans importés.");
    const failing = (lang: "en" | "fr", count: number) => translator(lang, "adminWebhooks")("failing", { count, failures: String(count), since: "1 May" });
    expect(failing("en", 1)).toBe("One attempt failed, on 1 May; it will be tried again.");
    expect(failing("fr", 1)).toBe("Une tentative a échoué, le 1 May\u00a0; elle sera renouvelée.");
    expect(failing("fr", 1200)).toBe("1200\u00a0tentatives de suite en échec depuis le 1 May.");
  });
});

describe("the error messages", () => {
  // workers/errors.ts gives the core the English raw, without a translator: the same text only while none needs formatting.
  it.each(["en", "fr"] as const)("in %s format to their own text", (lang) => {
    const t = translator(lang, "errors") as unknown as (key: string) => string;
    for (const [code, text] of Object.entries((lang === "en" ? en : fr).errors)) expect(t(code)).toBe(text);
  });
});
