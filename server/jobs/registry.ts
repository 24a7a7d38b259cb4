// Every durable job of the app: name → payload schema, handler and retry policy. Add new job
// types here; `queue.send(name, data)` is typed from this map.
import type { TMailConfig } from "../mail/mail-config";
import { mailSendJob } from "../mail/mail-send-job";

export interface TJobDeps {
  /** Mail transport settings; env() when omitted. */
  mail?: TMailConfig;
}

export function createJobRegistry(deps: TJobDeps = {}) {
  return {
    "mail.send": mailSendJob(deps.mail),
  };
}

export type TJobRegistry = ReturnType<typeof createJobRegistry>;
export type TJobName = keyof TJobRegistry;
