import { describe, expect, it } from "vitest";
import { ANONYMOUS_API_SOURCE_MESSAGE, publicSubmissionSource, type TSubmissionSource } from "./submission-source";

describe("publicSubmissionSource", () => {
  const cases: [TSubmissionSource | undefined, string, string[]][] = [
    [undefined, "public_api", []],
    ["api", "public_api", ["context.source"]],
    ["public_api", "public_api", []],
    ["hosted", "hosted", []],
    ["embed", "embed", []],
  ];
  it.each(cases)("context.source %s → %s, warnings at %j", (sent, source, paths) => {
    const result = publicSubmissionSource(sent);
    expect(result.source).toBe(source);
    expect(result.warnings.map((w) => w.path)).toEqual(paths);
  });

  it("the warning says why and what was recorded", () => {
    expect(publicSubmissionSource("api").warnings).toEqual([{ path: "context.source", message: ANONYMOUS_API_SOURCE_MESSAGE }]);
    expect(ANONYMOUS_API_SOURCE_MESSAGE).toContain('"public_api"');
  });
});
