"use client";

import { useState } from "react";
import { displayText, type DisplayText } from "../_i18n";
import { DeviceApiError } from "../_lib/device-api";

/** The tablet's language for what went wrong; the server's English text is not shown. */
function pairingProblem(problem: unknown, t: DisplayText): string {
  if (!(problem instanceof DeviceApiError)) return t("noConnection");
  if (problem.status === 429) return t("tooManyTries");
  return t("codeInvalid");
}

/** First run: type the code the admin created; the answer is this tablet's device token. */
export function PairingForm({ lang, message, onPair }: { lang: "en" | "fr"; message?: string; onPair: (code: string) => Promise<void> }) {
  const t = displayText(lang);
  const [error, setError] = useState<string | null>(message ?? null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="display-pairing">
      <h1>{t("pairTitle")}</h1>
      <p>{t("pairLead")}</p>
      {error && <p className="alert alert-error" role="alert" id="pair-error">{error}</p>}
      <form
        className="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          const code = String(new FormData(event.currentTarget).get("code") ?? "");
          setBusy(true);
          setError(null);
          try {
            await onPair(code);
          } catch (problem) {
            setError(pairingProblem(problem, t));
            setBusy(false);
          }
        }}
      >
        <div className="field">
          <label htmlFor="code">{t("codeLabel")}</label>
          <input id="code" name="code" className="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} required placeholder="ABC-123" {...(error ? { "aria-describedby": "pair-error", "aria-invalid": true } : {})} />
        </div>
        <button type="submit" disabled={busy}>{busy ? t("pairing") : t("pairButton")}</button>
      </form>
    </div>
  );
}
