import type { _Translator } from "use-intl/core";
import type { Lang } from "../workers/domain/lang";
import compiled from "./compiled/tablet.json";
import { precompiledText } from "./precompiled";
import type { Messages } from "./translate";

/** The tablet's messages, typed from the English catalogue's `display` namespace like any translator. */
export type TabletText = _Translator<Messages, "display">;

/** The tablet's messages in one language, as `t("key", { arg })`, the same calls as on the server. */
export function tabletText(lang: Lang): TabletText {
  return precompiledText(compiled[lang], lang, "display");
}
