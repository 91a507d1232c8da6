/**
 * What the server tells the tablet's script when it renders /display: the page's language and
 * whether dev tools are on (local runs only: the e2e suite points the sign-in at loopback
 * stand-ins). Carried as data attributes of the element the app renders into, so server and
 * browser start the app with the same props.
 */
export const DISPLAY_ROOT_ID = "display-root";

export interface DisplayBoot {
  initialLang: "en" | "fr";
  devTools: boolean;
}

export function displayBootAttributes(boot: DisplayBoot): Record<string, string> {
  return { "data-lang": boot.initialLang, "data-dev-tools": boot.devTools ? "1" : "0" };
}

export function readDisplayBoot(element: HTMLElement): DisplayBoot {
  return { initialLang: element.dataset.lang === "fr" ? "fr" : "en", devTools: element.dataset.devTools === "1" };
}
