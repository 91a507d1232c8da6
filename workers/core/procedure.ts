import { RpcTarget } from "cloudflare:workers";
import { z } from "zod";
import { verifyDeviceToken, type DeviceIdentity } from "../auth/device";
import { checkCsrf, requireAdmin, requireOrgAdmin, requireSignedIn, type AdminIdentity, type OrgAdminIdentity, type SignedInIdentity } from "../auth/session";
import { toResult, type Result } from "../errors";
import { createContext, createDevContext, type AfterAnswer, type CoreContext } from "./context";

/**
 * The one shape of a core RPC method: context → input schema → who may call → (for a mutation
 * by a signed-in person) the form's anti-CSRF value → one use case → output schema → Result.
 * An area file only declares its procedures; the checks live here, so none can be forgotten.
 */

/** Who may call. There is no default: every procedure names one. */
type Access =
  /** Anyone: the public portal, links carrying their own signed token, pairing codes. */
  | "public"
  /** A paired tablet, by its device token. */
  | "device"
  /** Dev tools: answers 404 unless DEV_TOOLS=1 (local runs and tests only). */
  | "dev"
  /** Anyone signed in, whatever their role. */
  | "signed_in"
  | "vendor_admin"
  | "org_admin";

type SessionAccess = "signed_in" | "vendor_admin" | "org_admin";
type Kind = "query" | "mutation";

/** What the use case is told about its caller, by access. */
interface CallerOf {
  public: undefined;
  dev: undefined;
  device: DeviceIdentity;
  signed_in: SignedInIdentity;
  vendor_admin: AdminIdentity;
  org_admin: OrgAdminIdentity;
}

/** The input fields an access is checked against: a mutation by a signed-in person also carries its anti-CSRF value. */
type CredentialOf<A extends Access, K extends Kind> = A extends "device"
  ? "deviceToken"
  : A extends SessionAccess
    ? "sessionToken" | (K extends "mutation" ? "csrf" : never)
    : never;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The credential fields the input schema lacks (or types as something other than text). */
type MissingCredential<A extends Access, K extends Kind, S> = {
  [F in CredentialOf<A, K>]: F extends keyof Parsed<S> ? (Parsed<S>[F] extends string | undefined ? never : F) : F;
}[CredentialOf<A, K>];

/** A compile error naming the missing field, for a procedure whose input could not be checked. */
type CarriesCredentials<A extends Access, K extends Kind, S> = [MissingCredential<A, K, S>] extends [never]
  ? unknown
  : { "the input schema must carry": MissingCredential<A, K, S> };

interface ProcedureSpec<A extends Access, S extends z.ZodType | undefined, T> {
  access: A;
  /** Parsed before the caller is checked, as every area did: a malformed call is a 400 naming the field. */
  input?: S;
  /**
   * Required: every answer is checked on the way out against what the method promises its caller.
   * What fails it is our bug, so the caller sees a 500 and the log says why.
   */
  output: z.ZodType<T>;
  /** The use case, called with the parsed input and the checked caller. */
  run(ctx: CoreContext, input: Parsed<S>, caller: CallerOf[A]): Promise<T>;
}

/** A declared procedure: what an area turns into an RPC method. */
interface Procedure<T> {
  /** What its answer is checked against. */
  readonly output: z.ZodType<T>;
  /** Parses the input, checks the caller (and anti-CSRF value), runs the use case, checks its output. */
  parseCheckAndRun(env: CoreEnv, execution: AfterAnswer | undefined, raw: unknown): Promise<Result<T>>;
}

/** A read: the caller is checked; no anti-CSRF value is needed. */
export function query<A extends Access, T, S extends z.ZodType | undefined = undefined>(
  spec: ProcedureSpec<A, S, T> & CarriesCredentials<A, "query", S>,
): Procedure<T> {
  return build("query", spec);
}

/** A change: as a query, and a signed-in caller's form must send back its session's anti-CSRF value. */
export function mutation<A extends Access, T, S extends z.ZodType | undefined = undefined>(
  spec: ProcedureSpec<A, S, T> & CarriesCredentials<A, "mutation", S>,
): Procedure<T> {
  return build("mutation", spec);
}

/** How each access checks its caller. A change by a signed-in person also proves it came from their own form. */
const callers: { [A in Access]: (ctx: CoreContext, kind: Kind, input: unknown) => Promise<CallerOf[A]> } = {
  public: async () => undefined,
  // createDevContext already refused the call unless dev tools are on.
  dev: async () => undefined,
  device: (ctx, _kind, input) => verifyDeviceToken(ctx, textField(input, "deviceToken") ?? ""),
  signed_in: bySession(requireSignedIn),
  vendor_admin: bySession(requireAdmin),
  org_admin: bySession(requireOrgAdmin),
};

/** A session role's check, with the anti-CSRF value checked too when the call changes something. */
function bySession<I extends SignedInIdentity>(requireRole: (ctx: CoreContext, sessionToken: string | undefined) => Promise<I>) {
  return async (ctx: CoreContext, kind: Kind, input: unknown): Promise<I> => {
    const identity = await requireRole(ctx, textField(input, "sessionToken"));
    if (kind === "mutation") checkCsrf(identity, textField(input, "csrf"));
    return identity;
  };
}

function build<A extends Access, S extends z.ZodType | undefined, T>(kind: Kind, spec: ProcedureSpec<A, S, T>): Procedure<T> {
  // The types already refuse these; checking again at construction catches a cast, at startup.
  if (!Object.hasOwn(callers, spec.access)) throw new Error(`A ${kind} must name who may call it (one of ${Object.keys(callers).join(", ")}); got ${String(spec.access)}`);
  requireFields(spec.input, credentialFields(kind, spec.access), `A ${kind} for ${spec.access}`);
  if (!(spec.output instanceof z.ZodType)) throw new Error(`A ${kind} must declare the schema its answer is checked against (output)`);
  return {
    output: spec.output,
    parseCheckAndRun: (env, execution, raw) =>
      toResult(async () => {
        const ctx = spec.access === "dev" ? await createDevContext(env, execution) : await createContext(env, execution);
        // Parsed<S> is what spec.input yields; TypeScript cannot follow the optional schema into it.
        const input = (spec.input ? spec.input.parse(raw) : undefined) as Parsed<S>;
        const caller = await callers[spec.access](ctx, kind, input);
        const result = await spec.run(ctx, input, caller);
        return checkOutput(spec.output, result);
      }),
  };
}

/** The runtime twin of CredentialOf. */
function credentialFields(kind: Kind, access: Access): string[] {
  if (access === "device") return ["deviceToken"];
  if (access === "signed_in" || access === "vendor_admin" || access === "org_admin") return kind === "mutation" ? ["sessionToken", "csrf"] : ["sessionToken"];
  return [];
}

function textField(input: unknown, field: string): string | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const value: unknown = Reflect.get(input, field);
  return typeof value === "string" ? value : undefined;
}

function checkOutput<T>(schema: z.ZodType<T>, result: T): T {
  const checked = schema.safeParse(result);
  if (checked.success) return checked.data;
  // Not the caller's mistake: a plain Error becomes the 500 that reveals nothing.
  throw new Error(`A procedure's answer does not match its output schema: ${z.prettifyError(checked.error)}`);
}

/** The fields every parse of this schema yields: an object's keys, or those every option of a union shares. */
function topLevelFields(schema: z.ZodType): Set<string> {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as readonly z.ZodType[]).map(topLevelFields);
    return new Set([...(options[0] ?? [])].filter((field) => options.every((fields) => fields.has(field))));
  }
  return new Set();
}

function requireFields(schema: z.ZodType | undefined, fields: string[], what: string) {
  if (fields.length === 0) return;
  const present = schema ? topLevelFields(schema) : new Set<string>();
  const missing = fields.filter((field) => !present.has(field));
  if (missing.length > 0) throw new Error(`${what} needs an input object schema with ${missing.join(" and ")}`);
}

type Methods<P extends Record<string, Procedure<unknown>>> = {
  [M in keyof P]: (raw?: unknown) => Promise<P[M] extends Procedure<infer T> ? Result<T> : never>;
};

/** An RPC area's class, built from its procedures: `new RoomsApi(env, execution)` as before; `procedures` lists them. */
type Area<P extends Record<string, Procedure<unknown>>> = (new (env: CoreEnv, execution?: AfterAnswer) => RpcTarget & Methods<P>) & { readonly procedures: P };

/**
 * Turns declared procedures into an RpcTarget class. RPC only exposes methods on the prototype
 * (never instance properties), so each procedure becomes a prototype method. `execution` is the
 * RPC call's context: work a use case leaves for after the answer is kept alive by it.
 */
export function rpcArea<P extends Record<string, Procedure<unknown>>>(procedures: P): Area<P> {
  class ProcedureArea extends RpcTarget {
    static readonly procedures = procedures;

    constructor(
      readonly env: CoreEnv,
      readonly execution?: AfterAnswer,
    ) {
      super();
    }
  }
  for (const [name, procedure] of Object.entries(procedures)) {
    Object.defineProperty(ProcedureArea.prototype, name, {
      value(this: ProcedureArea, raw?: unknown) {
        return procedure.parseCheckAndRun(this.env, this.execution, raw);
      },
    });
  }
  // The methods were installed on the prototype just above, where TypeScript cannot follow them.
  return ProcedureArea as unknown as Area<P>;
}
