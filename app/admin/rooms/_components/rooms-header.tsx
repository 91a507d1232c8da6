import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/** Who is signed in, the rooms pages, and sign out; on every room admin page. */
export function RoomsHeader({ lang, email }: { lang: Lang; email: string }) {
  const t = translator(lang, "adminRooms");
  return (
    <div className="actions admin-bar">
      <span>{t("signedInAs")} <strong>{email}</strong></span>
      <a href={`/admin/rooms?lang=${lang}`}>{t("roomsTitle")}</a>
      <a href={`/admin/rooms/analytics?lang=${lang}`}>{t("analytics")}</a>
      <a href={`/admin/contacts?lang=${lang}`}>{translator(lang, "adminContacts")("nav")}</a>
      <a href={`/admin/profile?lang=${lang}`}>{translator(lang, "adminProfile")("nav")}</a>
      <form className="inline-form" method="post" action={`/admin/sign-out?lang=${lang}`}>
        <button type="submit" className="secondary">{t("signOut")}</button>
      </form>
    </div>
  );
}
