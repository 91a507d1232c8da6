import { changeOrgSettings } from "../use-cases/change-org-settings";
import { createPairingCode } from "../use-cases/create-pairing-code";
import { getUtilisation } from "../use-cases/get-utilisation";
import { importDisplays } from "../use-cases/import-displays";
import { listOrgRooms } from "../use-cases/list-org-rooms";
import { removeDisplay } from "../use-cases/remove-display";
import { rotateFinderKey } from "../use-cases/rotate-finder-key";
import { saveDisplay } from "../use-cases/save-display";
import { unpairDisplay } from "../use-cases/unpair-display";
import { mutation, query, rpcArea } from "./procedure";
import { displayIdOutput, finderKeyOutput, importOutput, pairingCodeOutput, roomsOverviewOutput, savedOutput, unpairOutput, utilisationOutput } from "./rooms-output.schema";
import { changeInput, displayActionInput, importInput, orgSettingsInput, roomsSessionInput, saveDisplayInput, utilisationInput } from "./rooms.schema";

/** An organisation admin's rooms: displays, pairing, the room-finder link, utilisation. Always scoped to their organisation. */
export const RoomsApi = rpcArea({
  overview: query({ access: "org_admin", input: roomsSessionInput, output: roomsOverviewOutput, run: (ctx, _input, admin) => listOrgRooms(ctx, admin) }),
  save: mutation({ access: "org_admin", input: saveDisplayInput, output: displayIdOutput, run: (ctx, input, admin) => saveDisplay(ctx, admin, input) }),
  remove: mutation({ access: "org_admin", input: displayActionInput, output: displayIdOutput, run: (ctx, input, admin) => removeDisplay(ctx, admin, input) }),
  pairingCode: mutation({ access: "org_admin", input: displayActionInput, output: pairingCodeOutput, run: (ctx, input, admin) => createPairingCode(ctx, admin, input) }),
  unpair: mutation({ access: "org_admin", input: displayActionInput, output: unpairOutput, run: (ctx, input, admin) => unpairDisplay(ctx, admin, input) }),
  rotateFinderKey: mutation({ access: "org_admin", input: changeInput, output: finderKeyOutput, run: (ctx, _input, admin) => rotateFinderKey(ctx, admin) }),
  importCsv: mutation({ access: "org_admin", input: importInput, output: importOutput, run: (ctx, input, admin) => importDisplays(ctx, admin, input) }),
  settings: mutation({ access: "org_admin", input: orgSettingsInput, output: savedOutput, run: (ctx, input, admin) => changeOrgSettings(ctx, admin, input) }),
  utilisation: query({ access: "org_admin", input: utilisationInput, output: utilisationOutput, run: (ctx, input, admin) => getUtilisation(ctx, admin, input) }),
});
