import { describe, expect, it } from "vitest";
import { deliveryAnswerText } from "./delivery-answer";

describe("deliveryAnswerText (the delivery log's Answer cell)", () => {
  it.each<[string, string | null, number | null, string]>([
    ["no request made yet", null, null, ""],
    ["no HTTP answer: the error's class name is left out", "OutboundError: The server's name could not be found (ENOTFOUND)", null, "The server's name could not be found (ENOTFOUND)"],
    ["a timeout", "OutboundError: The server did not answer in time", null, "The server did not answer in time"],
    ["another error class", "TypeError: fetch failed", null, "fetch failed"],
    ["a plain Error", "Error: socket hang up", null, "socket hang up"],
    ["a message without a class name stays", "The server refused the connection (ECONNREFUSED)", null, "The server refused the connection (ECONNREFUSED)"],
    ["an endpoint's body is shown as sent, even one that looks like an error", "Error: bad signature", 400, "Error: bad signature"],
    ["an endpoint's empty body", "", 500, ""],
    ["a body of a successful delivery", "ok", 200, "ok"],
  ])("%s", (_, lastResponse, status, expected) => expect(deliveryAnswerText(lastResponse, status)).toBe(expected));
});
