/** The declaration scripts/i18n-types.mjs writes for a catalogue. */
export function declarationOf(messages: object): string;
