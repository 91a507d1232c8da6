/** The declaration scripts/i18n-generate.mjs writes for a catalogue. */
export function declarationOf(messages: object): string;
/** One namespace of each catalogue as scripts/i18n-generate.mjs compiles it for the browser, as JSON text. */
export function compiledNamespaceOf(catalogues: Record<string, Record<string, object>>, namespace: string): string;
/** The namespaces browser code formats, by the file they are compiled into. */
export const browserNamespaces: { tablet: "display"; "delivery-progress": "adminDeliveryProgress" };
