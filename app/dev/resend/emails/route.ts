import { acceptResendCall } from "../_accept";

export const dynamic = "force-dynamic";

// POST /dev/resend/emails – Resend's single-send endpoint, served by the local outbox.
export function POST(request: Request) {
  return acceptResendCall(request, "single");
}
