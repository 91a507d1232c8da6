/** The declaration scripts/i18n-generate.mjs writes for a catalogue. */
export function declarationOf(messages: object): string;
/** The tablet's messages as scripts/i18n-generate.mjs compiles them, as JSON text. */
export function tabletMessagesOf(catalogues: Record<string, { display: object }>): string;
