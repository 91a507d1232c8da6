import { addNoticeContact } from "../use-cases/add-notice-contact";
import { getNoticeReach } from "../use-cases/get-notice-reach";
import { listNoticeContacts } from "../use-cases/list-notice-contacts";
import { removeNoticeContact } from "../use-cases/remove-notice-contact";
import { contactIdOutput, contactsPageOutput, noticeReachOutput } from "./contacts-output.schema";
import { addContactInput, contactsSessionInput, noticeReachInput, removeContactInput } from "./contacts.schema";
import { mutation, query, rpcArea } from "./procedure";

/**
 * Contractual notice contacts: an organisation admin's own (always scoped to their organisation),
 * and, for the vendor admin, whom a notice reached through them.
 */
export const ContactsApi = rpcArea({
  list: query({ access: "org_admin", input: contactsSessionInput, output: contactsPageOutput, run: (ctx, _input, admin) => listNoticeContacts(ctx, admin) }),
  add: mutation({ access: "org_admin", input: addContactInput, output: contactIdOutput, run: (ctx, input, admin) => addNoticeContact(ctx, admin, input) }),
  remove: mutation({ access: "org_admin", input: removeContactInput, output: contactIdOutput, run: (ctx, input, admin) => removeNoticeContact(ctx, admin, input) }),
  noticeReach: query({ access: "vendor_admin", input: noticeReachInput, output: noticeReachOutput, run: (ctx, input) => getNoticeReach(ctx, input.noticeId) }),
});
