"use client";

import { useRef, useState } from "react";
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
  const codeInput = useRef<HTMLInputElement>(null);
  return (
    <div className="display-pairing">
      <h1>{t("pairTitle")}</h1>
      <p>{t("pairLead")}</p>
      {error && <p className="alert alert-error" role="alert" id="pair-error">{error}</p>}
      <form
        className="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          // The button stays focusable while the code is checked (aria-disabled, not disabled: a
          // disabled button drops the keyboard's focus to the page), so a second press waits here.
          if (busy) return;
          const code = String(new FormData(event.currentTarget).get("code") ?? "");
          setBusy(true);
          setError(null);
          try {
            await onPair(code);
          } catch (problem) {
            setError(pairingProblem(problem, t));
            setBusy(false);
            // Back to the field the message is about, its code selected to be typed again (WCAG 2.4.3).
            codeInput.current?.focus();
            codeInput.current?.select();
          }
        }}
      >
        <div className="field">
          <label htmlFor="code">{t("codeLabel")}</label>
          <input ref={codeInput} id="code" name="code" className="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} required placeholder="ABC-123" {...(error ? { "aria-describedby": "pair-error", "aria-invalid": true } : {})} />
        </div>
        <button type="submit" aria-disabled={busy || undefined}>{busy ? t("pairing") : t("pairButton")}</button>
      </form>
    </div>
  );
}
