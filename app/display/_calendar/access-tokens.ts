import { z } from "zod";
import type { AccessTokenProvider } from "./types";

/**
 * The calendar token lives on the tablet only (local storage), never in a request to Roomtrust.
 * A valid stored token is used first; otherwise the provider's own browser library signs in.
 * (Microsoft's tokens live in MSAL's own cache: microsoft-sign-in.ts.)
 */
const STORAGE_KEY = "roomtrust.calendar-token";
const storedSchema = z.object({ provider: z.enum(["microsoft", "google"]), accessToken: z.string().min(1), expiresAt: z.number() });

export function storedToken(provider: "microsoft" | "google"): string | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = storedSchema.safeParse(raw ? JSON.parse(raw) : null);
    if (!parsed.success || parsed.data.provider !== provider || parsed.data.expiresAt - 60_000 <= Date.now()) return null;
    return parsed.data.accessToken;
  } catch {
    return null;
  }
}

function store(provider: "microsoft" | "google", accessToken: string, expiresAt: number) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ provider, accessToken, expiresAt }));
}

interface GoogleTokenResponse {
  access_token?: string;
  expires_in?: number;
  error?: string;
}

interface GoogleIdentity {
  accounts: {
    oauth2: {
      initTokenClient(config: { client_id: string; scope: string; callback: (response: GoogleTokenResponse) => void }): { requestAccessToken(): void };
    };
  };
}

let gisLoading: Promise<GoogleIdentity> | null = null;

function loadGoogleIdentity(): Promise<GoogleIdentity> {
  gisLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "https://accounts.google.com/gsi/client";
    script.async = true;
    script.onload = () => {
      const google = (window as unknown as { google?: GoogleIdentity }).google;
      if (google) resolve(google);
      else reject(new Error("Google Identity Services did not load"));
    };
    script.onerror = () => reject(new Error("Google Identity Services could not be loaded"));
    document.head.appendChild(script);
  });
  return gisLoading;
}

/** Google Calendar with Google Identity Services' token client (read-only scope). */
export function googleAccessToken({ clientId }: { clientId: string }): AccessTokenProvider {
  return async () => {
    const cached = storedToken("google");
    if (cached) return cached;
    const google = await loadGoogleIdentity();
    const response = await new Promise<GoogleTokenResponse>((resolve) => {
      google.accounts.oauth2.initTokenClient({ client_id: clientId, scope: "https://www.googleapis.com/auth/calendar.readonly", callback: resolve }).requestAccessToken();
    });
    if (!response.access_token) throw new Error(response.error ?? "Google sign-in was not completed");
    store("google", response.access_token, Date.now() + (response.expires_in ?? 3600) * 1000);
    return response.access_token;
  };
}
