import type { ReactNode } from "react";
import { HtmlDocument } from "@/app/_lib/document";
import type { Lang } from "@/app/_lib/i18n/lang";
import { RoomsHeader } from "../_components/rooms-header";

/** A whole room admin page rendered by the app worker's router: header, title, content. */
export function RoomsDocument({ lang, title, email, path, children }: { lang: Lang; title: string; email: string; path: string; children: ReactNode }) {
  return (
    <HtmlDocument lang={lang} title={title} path={path}>
      <RoomsHeader lang={lang} email={email} />
      {children}
    </HtmlDocument>
  );
}
