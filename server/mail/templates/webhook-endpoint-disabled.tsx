// To each owner and admin: a webhook endpoint was disabled after failing without a success for
// days. Names the endpoint and the last answer, says its events are held, and links to Settings →
// Webhooks (enable).
import { Button, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";

export interface TWebhookEndpointDisabledProps {
  adminName: string;
  workspaceName: string;
  url: string;
  reason: string;
  lastAnswer: string;
  settingsUrl: string;
}

export const webhookEndpointDisabledTemplate = defineTemplate<TWebhookEndpointDisabledProps>({
  subject: ({ workspaceName }) => `A webhook endpoint of ${workspaceName} was disabled`,
  Component: ({ adminName, workspaceName, url, reason, lastAnswer, settingsUrl }) => (
    <EmailLayout preview={`Webhook endpoint disabled: ${url}`} footer="You get this email because you are an owner or admin of the workspace.">
      <Text style={paragraphStyle}>Hi {adminName}, Switchboard stopped sending events of {workspaceName} to this endpoint because it kept failing:</Text>
      <Text style={{ ...paragraphStyle, fontFamily: "monospace", wordBreak: "break-all" }}>{url}</Text>
      <Text style={paragraphStyle}>{reason}. Last answer: {lastAnswer}.</Text>
      <Text style={paragraphStyle}>Its deliveries are held, not dropped: events keep being recorded for it for 24 hours. Fix the receiver, then enable the endpoint again in Settings → Webhooks — every held delivery is sent at once, oldest first (any older than 24 hours expire; its delivery log can replay them).</Text>
      <Button href={settingsUrl} style={buttonStyle}>Open Settings → Webhooks</Button>
    </EmailLayout>
  ),
});
