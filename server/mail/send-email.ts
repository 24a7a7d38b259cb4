// sendEmail: renders a template, stores an EmailMessage and enqueues its "mail.send" job in the
// same transaction (the caller's, or one of its own), so an email exists exactly when the
// business change that caused it commits. Delivery happens later in a job with retries.
// storeEmail is the same without the job: for a caller that delivers the email itself right after
// commit and hands it to "mail.send" only if that fails (deliver-now.ts, rep alerts).
import { rawSqlOf, type Db, type DbTx } from "../db/client";
import { Prisma, type EmailMessage } from "../db/generated/client";
import { newId } from "../db/new-id";
import { columnsOf, type TRawSql } from "../db/raw-sql";
import type { TJobSender } from "../db/job-rows";
import { memberRecipientsColumn, refusalOfMemberRecipients } from "./lead-email-recipients";
import { fromHeaderFor } from "./from-header";
import { mailConfigFromEnv, type TMailConfig } from "./mail-config";
import { MAIL_SEND_JOB, type TMailSendJob } from "./mail-send-job";
import { renderEmail } from "./render-email";
import type { TEmailAttachment } from "./resend-transport";
import type { TEmailTemplate } from "./templates";

export type { TEmailTemplate } from "./templates";

export interface TSendEmailInput {
  to: string | string[];
  template: TEmailTemplate;
  workspaceId?: string | null;
  /** When set, an email already stored with this key is not stored or sent again (retried jobs). */
  dedupeKey?: string;
  /** Text attachments (an .ics invite), stored with the email and sent with it. */
  attachments?: TEmailAttachment[];
  /** Extra headers (List-Unsubscribe …), stored with the email and sent with it. */
  headers?: Record<string, string>;
}

/** The jobs the outbox writes. */
export interface TMailJobs {
  [MAIL_SEND_JOB]: TMailSendJob;
}

/** Any job queue that knows "mail.send" (the app's queue, or a test's). */
export type TMailJobQueue = TJobSender<TMailJobs>;

export interface TSendEmailOptions {
  /** Defaults to mailConfigFromEnv(). */
  config?: TMailConfig;
  /** The queue that gets the "mail.send" job (the caller's: the app's, a worker's or a test's). */
  queue: TMailJobQueue;
}

export async function sendEmail(db: Db | DbTx, input: TSendEmailInput, options: TSendEmailOptions): Promise<{ id: string }> {
  const data = await prepareEmail(input, options);
  const write = async (tx: DbTx) => {
    if (input.dedupeKey) {
      const existing = await tx.emailMessage.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
      if (existing) return existing;
    }
    const email = await tx.emailMessage.create({ data, select: { id: true } });
    await options.queue.send(MAIL_SEND_JOB, { emailId: email.id, workspaceId: input.workspaceId ?? null }, { tx });
    return email;
  };
  // A PrismaClient has $transaction; an interactive transaction client does not.
  return "$connect" in db ? (db as Db).$transaction(write) : write(db); // a transaction client has no $connect
}

/**
 * Stores the email (or finds it by its dedupe key) and writes NO "mail.send" job: the caller
 * delivers it after this returns (committed), and hands it to "mail.send" if that fails. The whole
 * row comes back, so the delivery need not read it again (deliver-now.ts). No transaction around
 * the find and the insert: with no job row to write with it there is nothing to make atomic (the
 * dedupe key's unique index, not a READ COMMITTED transaction, is what stops a concurrent twin).
 * Raw SQL on the thin client (raw-sql.ts): every rep alert is stored here.
 */
export async function storeEmail(db: Db, input: TSendEmailInput, options: TStoreEmailOptions): Promise<EmailMessage> {
  return (await storeEmailToDeliver(db, input, options)).stored;
}

/**
 * storeEmail for a caller that delivers the row at once (deliver-now.ts): with it, when this call
 * stored the row, the lead-email check (lead-email-recipients.ts) made by the same insert — the
 * delivery need not make it in a statement of its own. A row found under its key: undefined (the
 * delivery checks it, as any later one would).
 */
export async function storeEmailToDeliver(db: Db, input: TSendEmailInput, options: TStoreEmailOptions): Promise<{ stored: EmailMessage; refusal?: string | null }> {
  const sql = rawSqlOf(db);
  // Looked up first: a retried job finds its stored email without rendering it again (rendering is
  // most of an alert's CPU). Not when the caller knows no run stored it yet (isNew): one statement
  // less per alert. A twin stored between this look-up and the insert still loses on the unique index.
  if (input.dedupeKey && !options.isNew) {
    const existing = await storedWithKey(sql, input.dedupeKey);
    if (existing) {
      await options.queue.start(); // as prepareEmail does: a failed delivery hands the row to "mail.send" inside a transaction
      return { stored: existing };
    }
  }
  const data = await prepareEmail(input, options);
  const members = memberRecipientsColumn(data);
  const [row] = await sql.$queryRaw<(Omit<EmailMessage, "html" | "text"> & { memberRecipients?: number })[]>`
    INSERT INTO "EmailMessage" ("id", "workspaceId", "template", "from", "to", "subject", "html", "text", "transport", "dedupeKey", "attachments", "headers", "createdAt")
    VALUES (${newId()}, ${data.workspaceId}::text, ${data.template}, ${data.from}, ${data.to}::text[], ${data.subject}, ${data.html}, ${data.text}, ${data.transport},
            ${data.dedupeKey}::text, ${JSON.stringify(data.attachments)}::jsonb, ${JSON.stringify(data.headers)}::jsonb, ${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING ${EMAIL_COLUMNS_BUT_BODY}${members ? Prisma.sql`, ${members}` : Prisma.empty}`;
  // A twin (another run of the same job) stored it in between: this run fails and its retry finds
  // that row by the key, as with the unique violation this used to be; it never sends it twice.
  if (!row) throw new Error(`An email with dedupe key "${input.dedupeKey}" was stored concurrently`);
  const { memberRecipients, ...columns } = row;
  // The bodies as inserted (text columns store them as given): not shipped back by the statement.
  const stored: EmailMessage = { ...columns, html: data.html, text: data.text };
  return { stored, refusal: refusalOfMemberRecipients(data, memberRecipients ?? null) };
}

export interface TStoreEmailOptions extends TSendEmailOptions {
  /** The caller knows no earlier run stored an email with this dedupe key (it just claimed the work): no look-up first. */
  isNew?: boolean;
}

const EMAIL_COLUMNS = columnsOf(Prisma.EmailMessageScalarFieldEnum);
/** Every column but the bodies (html, text): what an insert returns, its caller holding the bodies it inserted (tens of KB an alert). */
const EMAIL_COLUMNS_BUT_BODY = columnsOf(Object.fromEntries(Object.entries(Prisma.EmailMessageScalarFieldEnum).filter(([, name]) => name !== "html" && name !== "text")));

async function storedWithKey(sql: Pick<TRawSql, "$queryRaw">, dedupeKey: string): Promise<EmailMessage | undefined> {
  const [existing] = await sql.$queryRaw<EmailMessage[]>`SELECT ${EMAIL_COLUMNS} FROM "EmailMessage" WHERE "dedupeKey" = ${dedupeKey}`;
  return existing;
}

/** Renders the email and starts the queue, before any transaction (PGlite is one connection, keep it short): the row to insert. */
async function prepareEmail(input: TSendEmailInput, options: TSendEmailOptions) {
  const config = options.config ?? mailConfigFromEnv();
  const to = (Array.isArray(input.to) ? input.to : [input.to]).map((address) => address.trim()).filter(Boolean);
  if (to.length === 0) throw new Error("sendEmail needs at least one recipient");
  const rendered = await renderEmail(input.template);
  await options.queue.start();
  return {
    workspaceId: input.workspaceId ?? null,
    template: input.template.name,
    // A prospect's email carries the workspace's name (the template says so); the address stays MAIL_FROM's.
    from: fromHeaderFor(config.from, rendered.senderName),
    to,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    transport: config.transport,
    dedupeKey: input.dedupeKey ?? null,
    attachments: (input.attachments ?? []) as unknown as object[],
    headers: input.headers ?? {},
  };
}
