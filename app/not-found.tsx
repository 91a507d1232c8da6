import { NotFoundContent } from "./_lib/error-pages";
import { requestLang } from "./_lib/i18n/request-lang";

// Every notFound() of a Next.js page (an unknown notice id in the admin). A document request gets
// the app worker's own 404 page instead (workers/app/routes/next-app.ts); this is what a client-side
// navigation renders, with the same words.
export default async function NotFound() {
  return <NotFoundContent lang={await requestLang()} />;
}
