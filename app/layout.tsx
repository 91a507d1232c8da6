import type { ReactNode } from "react";
import { headers } from "next/headers";
import { SiteChrome, SiteHead } from "./_lib/document";
import { PATH_HEADER, requestLang } from "./_lib/i18n/request-lang";

export const metadata = { title: { default: "Roomtrust", template: "%s — Roomtrust" } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  const path = (await headers()).get(PATH_HEADER) ?? "/subprocessors";
  return (
    <html lang={lang}>
      <head>
        <SiteHead lang={lang} />
      </head>
      <body>
        <SiteChrome lang={lang} path={path}>{children}</SiteChrome>
      </body>
    </html>
  );
}

