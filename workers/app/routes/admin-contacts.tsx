import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { CONTACT_FIELDS, ContactsPage } from "@/app/admin/contacts/_components/contacts-page";
import { adminAction, roomsPage } from "./admin-action";

async function contactsOf(c: Context<AppBindings>) {
  return unwrap(await c.env.CORE.contacts().list({ sessionToken: sessionTokenOf(c.req.raw) }));
}

// GET /admin/contacts – the organisation's notice contacts and the form to add one.
export async function contactsPage(c: Context<AppBindings>) {
  const done = c.req.query("done");
  return roomsPage(c, async (lang) => {
    const list = await contactsOf(c);
    return <ContactsPage lang={lang} email={list.email} csrf={list.csrf} orgName={list.org.name} contacts={list.contacts} done={done === "added" || done === "removed" ? done : undefined} />;
  });
}

// POST /admin/contacts – add a contact; a problem shows the form again with what was typed.
export async function addContact(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/contacts?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const input = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, fields.get(f) ?? ""])) as Record<(typeof CONTACT_FIELDS)[number], string>;
    const result = await c.env.CORE.contacts().add({ sessionToken, csrf, ...input });
    if (!result.ok && result.error.code === "validation_failed") {
      const list = await contactsOf(c);
      return renderHtml(
        <ContactsPage lang={lang} email={list.email} csrf={list.csrf} orgName={list.org.name} contacts={list.contacts} values={fields} issues={result.error.issues} />,
        result.error.status,
      );
    }
    unwrap(result);
    return `/admin/contacts?lang=${lang}&done=added`;
  });
}

// POST /admin/contacts/{id}/remove – remove a contact (adding the address again undoes it).
export async function removeContact(c: Context<AppBindings>) {
  const lang = c.var.lang;
  const id = c.req.param("id")!;
  return adminAction(c, `/admin/contacts?lang=${lang}`, async ({ sessionToken, csrf }) => {
    unwrap(await c.env.CORE.contacts().remove({ sessionToken, csrf, id }));
    return `/admin/contacts?lang=${lang}&done=removed`;
  });
}
