import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requestLang } from "../_lib/i18n/request-lang";
import { DisplayApp } from "./_components/display-app";
import { displayText } from "./_i18n";

export const dynamic = "force-dynamic";

/** The web manifest lets a tablet add the panel to its home screen, named in its language. */
export async function generateMetadata() {
  const lang = await requestLang();
  return { title: displayText(lang)("title"), robots: { index: false }, manifest: lang === "fr" ? "/display.fr.webmanifest" : "/display.webmanifest" };
}

// GET /display – the tablet app: pairing, then the room panel (reads the calendar on the device).
export default async function DisplayPage() {
  const lang = await requestLang();
  // Dev tools (local runs only) let the e2e suite point the tablet's sign-in at a loopback stand-in.
  const { env } = await getCloudflareContext({ async: true });
  return <DisplayApp initialLang={lang} devTools={env.DEV_TOOLS === "1"} />;
}
