import type { CoreContext } from "../core/context";
import { publicKeyPem, signingKey } from "../crypto/ed25519";

/** The key every checkpoint is signed with, as a JWK and as PEM. */
export async function getEvidencePublicKey(ctx: CoreContext) {
  const { publicJwk } = await signingKey(ctx.config.EVIDENCE_SIGNING_KEY);
  return { jwk: publicJwk, pem: await publicKeyPem(publicJwk) };
}
