import { frenchOf, type Lang } from "../workers/domain/lang";

/**
 * A name as a message takes it after "of": French elides « de » into the name (« L’opposition
 * d’Orange », « de HubSpot »), which an ICU message cannot decide from the name's sound, so French
 * messages take the name with its « de »; English ones say their own preposition ("from {organisation}").
 */
export const nameAfterOf: Record<Lang, (name: string) => string> = { en: (name) => name, fr: frenchOf };
