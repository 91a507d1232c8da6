import { addNoticeContact } from "../use-cases/add-notice-contact";
import { listNoticeContacts } from "../use-cases/list-notice-contacts";
import { removeNoticeContact } from "../use-cases/remove-notice-contact";
import { addContactInput, contactsSessionInput, removeContactInput } from "./contacts.schema";
import { mutation, query, rpcArea } from "./procedure";

/** An organisation admin's contractual notice contacts. Always scoped to their organisation. */
export const ContactsApi = rpcArea({
  list: query({ access: "org_admin", input: contactsSessionInput, run: (ctx, _input, admin) => listNoticeContacts(ctx, admin) }),
  add: mutation({ access: "org_admin", input: addContactInput, run: (ctx, input, admin) => addNoticeContact(ctx, admin, input) }),
  remove: mutation({ access: "org_admin", input: removeContactInput, run: (ctx, input, admin) => removeNoticeContact(ctx, admin, input) }),
});
