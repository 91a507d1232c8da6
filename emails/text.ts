import { colon } from "../workers/domain/lang";
import type { Block, Lang } from "./message";

/** The plain-text part: the same blocks, with every link written out in full. */
export function renderText(blocks: Block[], lang: Lang): string {
  const parts = blocks.map((block) => {
    switch (block.type) {
      case "heading":
        return `${block.text}\n${"=".repeat(Math.min(block.text.length, 60))}`;
      case "paragraph":
      case "small":
        return block.text;
      case "facts":
        return block.rows.map(([label, value]) => `${label}${colon(lang)}${value}`).join("\n");
      case "list":
        return block.items.map((item) => `- ${item}`).join("\n");
      case "action":
        return `${block.label}${colon(lang).trimEnd()}\n${block.href}`;
    }
  });
  return `${parts.join("\n\n")}\n`;
}
