import type { CoreService } from "@/app/_lib/core";
import { unwrap } from "@/app/_lib/core-result";
import type { PublicList } from "@/workers/core/portal.schema";

/** The one read every public view of the list starts from. */
export async function loadPublicList(service: CoreService): Promise<PublicList> {
  return unwrap(await service.portal().publicList());
}
