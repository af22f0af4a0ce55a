// Failed sign-ins are counted per account, beside the auth library's per-address limit: an attacker
// who rotates addresses (or forges X-Forwarded-For) still gets ACCOUNT_FAILURES wrong passwords per
// window on one account, then 429 until the window has passed. A success clears the count. The
// counts live in the auth library's rate-limit table, under keys of their own.

export const ACCOUNT_FAILURES = 10;
export const ACCOUNT_WINDOW_MS = 15 * 60 * 1000;
export const signInAccountKey = (email: string) => `sign-in-account:${email.trim().toLowerCase()}`;
