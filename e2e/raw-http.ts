// Requests through node:http, so the Host (and every other header) is exactly what an attacker
// would send: Playwright's request context and fetch set Host themselves.
import http from "node:http";

export interface TRawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(baseURL: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<TRawResponse> {
  const target = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: init.method ?? "GET", headers: init.headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(init.body);
  });
}

/** The cookies a response set, as a Cookie header sends them back. */
export function cookiesOf(response: TRawResponse): string {
  return (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
}
