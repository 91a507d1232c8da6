import { redirect } from "next/navigation";
import { isLang } from "./_lib/i18n/lang";

// GET / – the public subprocessor list is the home page (a chosen ?lang= is kept).
export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang } = await searchParams;
  redirect(isLang(lang) ? `/subprocessors?lang=${lang}` : "/subprocessors");
}
