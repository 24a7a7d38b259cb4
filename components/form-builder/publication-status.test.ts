import { describe, expect, it } from "vitest";
import { addField } from "@/server/domain/forms/editor";
import { stateOf, testState } from "@/server/domain/forms/editor/test-state";
import { initialPublication, publicationLabel, publishedAs } from "./publication-status";

const loaded = testState();
const edited = stateOf(addField(loaded, { stepId: "needs", type: "short_text" }));

describe("the builder header follows the editor's state", () => {
  it.each([
    ["never published", initialPublication(null, true, loaded), loaded, "Not published yet"],
    ["never published, edited", initialPublication(null, true, loaded), edited, "Not published yet"],
    ["live, the draft was the live version at load", initialPublication(1, false, loaded), loaded, "Live: version 1"],
    ["live, then an edit", initialPublication(1, false, loaded), edited, "Live: version 1 · unpublished changes"],
    ["live, the draft differed at load", initialPublication(1, true, loaded), loaded, "Live: version 1 · unpublished changes"],
    ["just published (from 'not published yet')", publishedAs(1, edited), edited, "Live: version 1"],
    ["published, then an edit", publishedAs(2, loaded), edited, "Live: version 2 · unpublished changes"],
    ["published, edited, and undone back to what is live", publishedAs(2, edited), structuredClone(edited), "Live: version 2"],
  ])("%s", (_, publication, state, expected) => expect(publicationLabel(publication, state)).toBe(expected));
});
