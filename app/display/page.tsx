import { requestLang } from "../_lib/i18n/request-lang";
import { DisplayApp } from "./_components/display-app";

export const dynamic = "force-dynamic";
export const metadata = { title: "Room display", robots: { index: false } };

// GET /display – the tablet app: pairing, then the room panel (reads the calendar on the device).
export default async function DisplayPage() {
  const lang = await requestLang();
  return <DisplayApp initialLang={lang} />;
}
