import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, type APIRequestContext } from "@playwright/test";

/**
 * A JSON answer follows the JSON Schema it names in `$schema`, fetched from where the app
 * publishes it, as a vendor-risk tool would check it (docs/api.md).
 */
export async function expectFollowsItsSchema(request: APIRequestContext, document: { $schema?: unknown }) {
  expect(typeof document.$schema).toBe("string");
  const response = await request.get(String(document.$schema));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/schema+json; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, max-age=86400");
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(await response.json());
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
}
