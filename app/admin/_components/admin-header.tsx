import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/** Who is signed in, where to go, and sign out; on every admin page. */
export function AdminHeader({ lang, email }: { lang: Lang; email: string }) {
  const t = translator(lang, "admin");
  return (
    <div className="actions admin-bar">
      <span>{t("signedInAs")} <strong>{email}</strong></span>
      <a href={`/admin?lang=${lang}`}>{t("notices")}</a>
      <a href={`/admin/evidence?lang=${lang}`}>{t("evidence")}</a>
      <a href={`/admin/deliveries?lang=${lang}`}>{translator(lang, "adminDeliveries")("nav")}</a>
      <a href={`/admin/webhooks?lang=${lang}`}>{translator(lang, "adminWebhooks")("nav")}</a>
      <a href={`/admin/profile?lang=${lang}`}>{translator(lang, "adminProfile")("nav")}</a>
      <form className="inline-form" method="post" action={`/admin/sign-out?lang=${lang}`}>
        <button type="submit" className="secondary">{t("signOut")}</button>
      </form>
    </div>
  );
}
