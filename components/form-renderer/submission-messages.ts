// What the hosted form says when a submission does not go through (./submission-result.ts; the
// network message also when the after-submit code itself cannot be loaded).
export const MESSAGES = {
  rateLimited: "You're sending this form too often. Please wait a minute, then try again — your answers are kept.",
  server: "Something went wrong on our side. Your answers are kept — please try again.",
  network: "We couldn't reach the server. Check your connection and try again — your answers are kept.",
  notFound: "This form is no longer available.",
  invalid: "Please check the highlighted answers.",
} as const;
