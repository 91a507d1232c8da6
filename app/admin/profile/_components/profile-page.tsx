import { HtmlDocument } from "@/app/_lib/document";
import type { Lang } from "@/app/_lib/i18n/lang";
import { AdminHeader } from "@/app/admin/_components/admin-header";
import { RoomsHeader } from "@/app/admin/rooms/_components/rooms-header";
import { translator } from "@/i18n/translate";

const CHOICES = ["default", "en", "fr"] as const;

/** The signed-in admin's profile: one plain form (works without JavaScript), under their own area's header. */
export function ProfilePage({ lang, profile, saved }: { lang: Lang; profile: { email: string; role: string; lang: "en" | "fr" | null; csrf: string }; saved: boolean }) {
  const t = translator(lang, "adminProfile");
  const chosen = profile.lang ?? "default";
  return (
    <HtmlDocument lang={lang} title={t("title")} path="/admin/profile">
      {profile.role === "vendor_admin" ? <AdminHeader lang={lang} email={profile.email} /> : <RoomsHeader lang={lang} email={profile.email} />}
      <h1>{t("title")}</h1>
      {saved && <p className="alert alert-ok" role="status">{t("saved")}</p>}
      <form className="stack card" method="post" action={`/admin/profile?lang=${lang}`}>
        <input type="hidden" name="csrf" value={profile.csrf} />
        <fieldset aria-describedby="email-lang-hint">
          <legend>{t("legend")}</legend>
          <p className="hint" id="email-lang-hint">{t("hint")}</p>
          {CHOICES.map((choice) => (
            <div className="radio" key={choice}>
              <input type="radio" id={`emailLang-${choice}`} name="emailLang" value={choice} defaultChecked={chosen === choice} />
              <label htmlFor={`emailLang-${choice}`}>{t(`choices.${choice}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="actions"><button type="submit">{t("save")}</button></div>
      </form>
    </HtmlDocument>
  );
}
