import { endSession } from "../auth/session";
import { changeAdminLanguage } from "../use-cases/change-admin-language";
import { correctSubprocessor } from "../use-cases/correct-subprocessor";
import { getAdminProfile } from "../use-cases/get-admin-profile";
import { getDeliveryReport } from "../use-cases/get-delivery-report";
import { getEvidence } from "../use-cases/get-evidence";
import { listSubprocessors } from "../use-cases/list-subprocessors";
import { redeemMagicLink } from "../use-cases/redeem-magic-link";
import { requestMagicLink } from "../use-cases/request-magic-link";
import { acceptedOutput, changeEmailLangInput, correctSubprocessorInput, deliveryReportOutput, emailLangOutput, profileOutput, redeemMagicLinkInput, redeemMagicLinkOutput, requestMagicLinkInput, sessionInput, sessionOutput, signOutOutput } from "./admin.schema";
import { evidenceLogOutput } from "./evidence-output.schema";
import { correctionOutput, subprocessorListOutput } from "./shared-output.schema";
import { mutation, query, rpcArea } from "./procedure";

/** Vendor admin: sign-in by emailed link, sessions, the subprocessor list (and its direct corrections) and the evidence log. */
export const AdminApi = rpcArea({
  // Public: whether the address is an admin is decided after the answer, by email (request-magic-link.ts).
  requestMagicLink: mutation({ access: "public", input: requestMagicLinkInput, output: acceptedOutput, run: (ctx, input) => requestMagicLink(ctx, input) }),
  // Public: the emailed link's signed, single-use token is the proof.
  redeemMagicLink: mutation({ access: "public", input: redeemMagicLinkInput, output: redeemMagicLinkOutput, run: (ctx, input) => redeemMagicLink(ctx, input) }),
  /** Who is signed in (any role), with the anti-CSRF value their forms must send back. Pages route by role. */
  session: query({ access: "signed_in", input: sessionInput, output: sessionOutput, run: async (_ctx, _input, identity) => identity }),
  /**
   * Sign-out: the session ends in the core, so a copied cookie stops working too. Public, and without
   * a CSRF check: the session token it ends is the only proof, and a token already invalid ends nothing.
   */
  signOut: mutation({ access: "public", input: sessionInput, output: signOutOutput, run: (ctx, input) => endSession(ctx, input.sessionToken) }),
  /** Anyone signed in: their profile, and the language of the emails they get. */
  profile: query({ access: "signed_in", input: sessionInput, output: profileOutput, run: (ctx, _input, identity) => getAdminProfile(ctx, identity) }),
  changeEmailLang: mutation({ access: "signed_in", input: changeEmailLangInput, output: emailLangOutput, run: (ctx, input, identity) => changeAdminLanguage(ctx, identity, input.emailLang) }),
  subprocessors: query({ access: "vendor_admin", input: sessionInput, output: subprocessorListOutput, run: (ctx) => listSubprocessors(ctx) }),
  correctSubprocessor: mutation({
    access: "vendor_admin",
    input: correctSubprocessorInput,
    output: correctionOutput,
    run: (ctx, { sessionToken, csrf, ...correction }, admin) => correctSubprocessor(ctx, correction, admin.email),
  }),
  evidence: query({ access: "vendor_admin", input: sessionInput, output: evidenceLogOutput, run: (ctx) => getEvidence(ctx) }),
  /** What the provider's delivery webhooks said, and the addresses list mail no longer reaches. */
  deliveries: query({ access: "vendor_admin", input: sessionInput, output: deliveryReportOutput, run: (ctx) => getDeliveryReport(ctx) }),
});
