// Links in emails are built on APP_URL, never on the request's Host / X-Forwarded-Host: a link
// Auth.js made from a request is moved onto APP_URL's origin, and a callbackUrl inside it that
// points elsewhere is moved too (its path is kept), so a forged Host cannot make the product mail
// a genuine sign-in link that leads to another site. Pure.
export function linkOnAppUrl(link: string, appUrl: string): string {
  const app = new URL(appUrl);
  const url = new URL(link, app.origin);
  const moved = new URL(`${url.pathname}${url.search}${url.hash}`, app.origin);
  const callback = moved.searchParams.get("callbackUrl");
  if (callback !== null) {
    let target: URL;
    try {
      target = new URL(callback, app.origin);
    } catch {
      target = new URL("/", app.origin);
    }
    if (target.origin !== app.origin) moved.searchParams.set("callbackUrl", new URL(`${target.pathname}${target.search}`, app.origin).href);
  }
  return moved.href;
}
