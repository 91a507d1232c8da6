import { askClockToPublish } from "../use-cases/ask-clock-to-publish";
import { askClockToResolveObjection } from "../use-cases/ask-clock-to-resolve-objection";
import { askClockToWithdraw } from "../use-cases/ask-clock-to-withdraw";
import { deleteDraftNotice } from "../use-cases/delete-draft-notice";
import { draftNotice } from "../use-cases/draft-notice";
import { editDraftNotice } from "../use-cases/edit-draft-notice";
import { getDeliveryProgress } from "../use-cases/get-delivery-progress";
import { getNotice } from "../use-cases/get-notice";
import { listNotices } from "../use-cases/list-notices";
import { changeContractPeriods } from "../use-cases/change-contract-periods";
import { getContractPeriods } from "../use-cases/get-contract-periods";
import { changePeriodsInput, clockSummary, deleteDraftInput, deliveryProgressOutput, draftInput, editDraftInput, getInput, listInput, periodsInput, publishInput, resolveObjectionInput, withdrawInput } from "./notices.schema";
import { draftIdOutput, draftOutput, noticeDetailOutput, noticeListOutput, periodsOutput, resolutionOutput } from "./notices-output.schema";
import { noticePeriodsOutput } from "./shared-output.schema";
import { mutation, query, rpcArea } from "./procedure";

/**
 * Vendor admin: notices from draft to publication or withdrawal, remedies for objections, and the
 * periods notices are published with.
 */
export const NoticesApi = rpcArea({
  list: query({ access: "vendor_admin", input: listInput, output: noticeListOutput, run: (ctx) => listNotices(ctx) }),
  get: query({ access: "vendor_admin", input: getInput, output: noticeDetailOutput, run: (ctx, input) => getNotice(ctx, input.noticeId) }),
  deliveryProgress: query({ access: "vendor_admin", input: getInput, output: deliveryProgressOutput, run: (ctx, input) => getDeliveryProgress(ctx, input.noticeId) }),
  draft: mutation({
    access: "vendor_admin",
    input: draftInput,
    output: draftOutput,
    run: (ctx, { sessionToken, csrf, ...draft }, admin) => draftNotice(ctx, draft, admin.email),
  }),
  editDraft: mutation({
    access: "vendor_admin",
    input: editDraftInput,
    output: draftIdOutput,
    run: (ctx, { sessionToken, csrf, noticeId, ...draft }, admin) => editDraftNotice(ctx, noticeId, draft, admin.email),
  }),
  deleteDraft: mutation({ access: "vendor_admin", input: deleteDraftInput, output: draftIdOutput, run: (ctx, input, admin) => deleteDraftNotice(ctx, input.noticeId, admin.email) }),
  publish: mutation({ access: "vendor_admin", input: publishInput, output: clockSummary, run: (ctx, input, admin) => askClockToPublish(ctx, admin, input) }),
  withdraw: mutation({ access: "vendor_admin", input: withdrawInput, output: clockSummary, run: (ctx, input, admin) => askClockToWithdraw(ctx, admin, input) }),
  periods: query({ access: "vendor_admin", input: periodsInput, output: periodsOutput, run: (ctx) => getContractPeriods(ctx) }),
  changePeriods: mutation({
    access: "vendor_admin",
    input: changePeriodsInput,
    output: noticePeriodsOutput,
    run: (ctx, { sessionToken, csrf, ...periods }, admin) => changeContractPeriods(ctx, periods, admin.email),
  }),
  resolveObjection: mutation({ access: "vendor_admin", input: resolveObjectionInput, output: resolutionOutput, run: (ctx, input, admin) => askClockToResolveObjection(ctx, admin, input) }),
});
