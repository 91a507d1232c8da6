// The tablet app's one script, bundled by scripts/build-client.mjs into public/js/display.js (see
// docs/decisions/017-tablet-app-outside-next.md). The page (workers/app/routes/display-page.tsx)
// renders the same component on the server; this takes it over in the browser.
import { hydrateRoot } from "react-dom/client";
import { DisplayApp } from "../_components/display-app";
import { readDisplayBoot, DISPLAY_ROOT_ID } from "./boot";

const root = document.getElementById(DISPLAY_ROOT_ID);
if (root) hydrateRoot(root, <DisplayApp {...readDisplayBoot(root)} />);
