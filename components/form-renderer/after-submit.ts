// What the hosted form needs only once the prospect submits — reading the API's answer and the
// end screen (which loads the booking calendar as a further chunk) — loaded as one lazy chunk
// while the submission is on its way (./hosted-form-live.tsx).
export { EndScreen } from "./end-screen";
export { interpretSubmissionResponse } from "./submission-result";
