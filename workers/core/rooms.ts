import { RpcTarget } from "cloudflare:workers";
import { requireOrgAdmin, requireOrgAdminForChange } from "../auth/session";
import { toResult } from "../errors";
import { createPairingCode } from "../use-cases/create-pairing-code";
import { getUtilisation } from "../use-cases/get-utilisation";
import { importDisplays } from "../use-cases/import-displays";
import { listOrgRooms } from "../use-cases/list-org-rooms";
import { removeDisplay } from "../use-cases/remove-display";
import { rotateFinderKey } from "../use-cases/rotate-finder-key";
import { saveDisplay } from "../use-cases/save-display";
import { unpairDisplay } from "../use-cases/unpair-display";
import { changeOrgSettings } from "../use-cases/change-org-settings";
import { createContext } from "./context";
import { changeInput, displayActionInput, importInput, orgSettingsInput, roomsSessionInput, saveDisplayInput, utilisationInput } from "./rooms.schema";

/** An organisation admin's rooms: displays, pairing, the room-finder link, utilisation. Always scoped to their organisation. */
export class RoomsApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  overview(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      return listOrgRooms(ctx, await requireOrgAdmin(ctx, roomsSessionInput.parse(raw).sessionToken));
    });
  }

  save(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = saveDisplayInput.parse(raw);
      return saveDisplay(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf), input);
    });
  }

  remove(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = displayActionInput.parse(raw);
      return removeDisplay(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf), input);
    });
  }

  pairingCode(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = displayActionInput.parse(raw);
      return createPairingCode(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf), input);
    });
  }

  unpair(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = displayActionInput.parse(raw);
      return unpairDisplay(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf), input);
    });
  }

  rotateFinderKey(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = changeInput.parse(raw);
      return rotateFinderKey(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf));
    });
  }

  importCsv(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = importInput.parse(raw);
      return importDisplays(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf), input);
    });
  }

  settings(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = orgSettingsInput.parse(raw);
      return changeOrgSettings(ctx, await requireOrgAdminForChange(ctx, input.sessionToken, input.csrf), input);
    });
  }

  utilisation(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = utilisationInput.parse(raw);
      return getUtilisation(ctx, await requireOrgAdmin(ctx, input.sessionToken), input);
    });
  }
}
