"use client";

import { useState } from "react";
import { age, type DisplayText } from "../_i18n";

/**
 * The calendar can only be read again after a person signs in: say so where people look, with the
 * button that starts it (a tap, so the browser lets the sign-in page open), and say how old the
 * status still shown is.
 */
export function SignInNeeded({ t, provider, onSignIn, lastSync, now }: {
  t: DisplayText; provider: "microsoft" | "google"; onSignIn: () => Promise<void>; lastSync: number | null; now: number;
}) {
  const [starting, setStarting] = useState(false);
  return (
    <div className="display-sign-in" role="alert">
      <h2>⚠ {t("signInNeeded")}</h2>
      <p>{t("signInNeededLead")}</p>
      <p className="display-last-known">{lastSync === null ? t("neverRead") : t("lastKnown", { age: age(t, now - lastSync) })}</p>
      <button
        type="button"
        disabled={starting}
        onClick={() => {
          setStarting(true);
          onSignIn().catch(() => setStarting(false));
        }}
      >
        {t(`signInWith.${provider}`)}
      </button>
    </div>
  );
}
