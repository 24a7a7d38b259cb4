// Where the running app's CLI channel lives, next to the embedded database folder:
// .data/pglite → .data/pglite.cli.sock (Unix socket) and .data/pglite.cli.token (mode 0600).
import path from "node:path";

export interface TCliChannelPaths {
  socket: string;
  token: string;
}

export function cliChannelPaths(pgliteDir: string): TCliChannelPaths {
  const base = path.resolve(pgliteDir);
  return { socket: `${base}.cli.sock`, token: `${base}.cli.token` };
}

/** One request per connection: a JSON line from the CLI; JSON lines back until "done" or "error". */
export interface TCliChannelRequest {
  token: string;
  command: string;
  args: unknown;
}

export type TCliChannelReply =
  | { type: "line"; text: string }
  | { type: "done" }
  | { type: "error"; message: string }
  | { type: "refused"; message: string };
