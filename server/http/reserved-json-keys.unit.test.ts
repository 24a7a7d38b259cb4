import { describe, expect, it } from "vitest";
import { mayHaveReservedKey, reservedKeyPaths } from "./reserved-json-keys";

describe("reservedKeyPaths (JSON.parse output)", () => {
  it.each([
    ['{"answers":{"a":"1"}}', []],
    ['{"answers":{"__proto__":"x","a":"1"}}', ["answers.__proto__"]],
    ['{"answers":{"__proto__":{"__proto__":"deeper"}}}', ["answers.__proto__"]],
    ['{"__proto__":1,"utm":{"__proto__":"z"},"list":[{"__proto__":null}]}', ["__proto__", "utm.__proto__", "list.0.__proto__"]],
    ['{"answers":{"\\u005f_proto__":"escaped"}}', ["answers.__proto__"]],
    ['{"answers":{"proto":"x","_proto_":"y","constructor":"z"}}', []],
    ['"__proto__"', []],
    ["null", []],
  ])("%s → %j", (text, paths) => {
    expect(reservedKeyPaths(JSON.parse(text))).toEqual(paths);
  });

  it.each([
    ['{"a":"__proto__"}', true],
    ['{"\\u005f_proto__":1}', true],
    ['{"a":"b"}', false],
  ])("mayHaveReservedKey(%s) = %s", (text, may) => {
    expect(mayHaveReservedKey(text)).toBe(may);
  });
});
