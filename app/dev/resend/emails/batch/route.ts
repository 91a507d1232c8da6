import { acceptResendCall } from "../../_accept";

export const dynamic = "force-dynamic";

// POST /dev/resend/emails/batch – Resend's batch endpoint, served by the local outbox.
export function POST(request: Request) {
  return acceptResendCall(request, "batch");
}
