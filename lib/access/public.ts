/** What the browser may know about the ADE's access settings (never the password or the secret). */
export interface AccessInfo {
  demo: boolean;
  demoChat: boolean;
  loginRequired: boolean;
}

export const publicAccess: AccessInfo = { demo: false, demoChat: false, loginRequired: false };

/** Why a control is turned off in demo mode; the header holds the element with this id. */
export const DEMO_NOTE_ID = "demo-mode-note";
export const DEMO_REASON = "Read-only demo: changes are turned off";

/** The longest name a person may give when logging in (shown on the turns they send). */
export const MAX_ACCESS_NAME = 40;
