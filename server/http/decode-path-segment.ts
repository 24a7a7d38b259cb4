// A token from a public page's path (/accept/<token>, /book/<token>, /b/<token>, /n/u/<token>):
// decoded, or "" when it is not valid percent-encoding — the page then shows "link not valid"
// instead of throwing.
export function decodePathSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
