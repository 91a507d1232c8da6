import { requestLang } from "./_lib/i18n/request-lang";
import { finderText } from "./rooms/_i18n";

// Every notFound(): mostly room-finder links (an unknown organisation and a wrong or replaced key
// look the same, so slugs cannot be probed).
export default async function NotFound() {
  const lang = await requestLang();
  const t = finderText(lang);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p><a className="button" href={`/admin/sign-in?lang=${lang}`}>{t.signIn}</a></p>
    </>
  );
}
