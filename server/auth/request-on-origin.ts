// Auth.js's route answers on APP_URL's exact origin: the request it is given is moved there (path,
// query, method, headers and body kept; the Host it came with is never read for a URL). It is a
// plain Request: Next.js renames a loopback host (127.x.x.x, [::1]) to "localhost" in every
// NextRequest's url, so a NextRequest cannot carry http://127.0.0.1:<port>.
export async function requestOnOrigin(request: Request, appUrl: string): Promise<Request> {
  const { pathname, search } = new URL(request.url);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return new Request(new URL(`${pathname}${search}`, new URL(appUrl).origin), { method: request.method, headers: request.headers, body });
}
