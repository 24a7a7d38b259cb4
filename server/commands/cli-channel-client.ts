// The CLI side of the app's CLI channel (see ./cli-channel-server.ts): sends one command with the
// token from the token file and prints the app's output as it comes.
import fs from "node:fs";
import net from "node:net";
import type { TCliChannelPaths, TCliChannelReply } from "./cli-channel-paths";

export class CliChannelError extends Error {}

export function isCliChannelOpen(paths: TCliChannelPaths): boolean {
  return fs.existsSync(paths.socket) && fs.existsSync(paths.token);
}

export function sendThroughCliChannel(
  paths: TCliChannelPaths,
  request: { command: string; args: unknown; token?: string },
  print: (line: string) => void,
): Promise<void> {
  const token = request.token ?? fs.readFileSync(paths.token, "utf8").trim();
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(paths.socket);
    let buffered = "";
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.on("connect", () => socket.write(`${JSON.stringify({ token, command: request.command, args: request.args })}\n`));
    socket.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const reply = JSON.parse(buffered.slice(0, newline)) as TCliChannelReply;
        buffered = buffered.slice(newline + 1);
        if (reply.type === "line") print(reply.text);
        else if (reply.type === "done") return finish();
        else return finish(new CliChannelError(reply.message));
      }
    });
    socket.on("error", (error) => finish(new CliChannelError(`Could not reach the running app's CLI channel (${paths.socket}): ${error.message}`)));
    socket.on("close", () => finish(new CliChannelError("The running app closed the CLI channel before the command finished.")));
  });
}
