// Invitation to join a workspace.
import { Button, Link, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";
import { formatEmailDay } from "./email-format";

export interface TInviteProps {
  workspaceName: string;
  inviterName: string;
  roleLabel: string;
  url: string;
  expiresAt: Date;
}

export const inviteTemplate = defineTemplate<TInviteProps>({
  subject: ({ inviterName, workspaceName }) => `${inviterName} invited you to ${workspaceName} on Switchboard`,
  Component: ({ workspaceName, inviterName, roleLabel, url, expiresAt }) => (
    <EmailLayout
      preview={`Join ${workspaceName} on Switchboard`}
      footer={`This invitation expires on ${formatEmailDay(expiresAt)}. If you were not expecting it you can ignore this email.`}
    >
      <Text style={paragraphStyle}>
        {inviterName} invited you to join the workspace <strong>{workspaceName}</strong> as {roleLabel}.
      </Text>
      <Button href={url} style={buttonStyle}>
        Accept invitation
      </Button>
      <Text style={{ ...paragraphStyle, marginTop: "24px" }}>
        Or copy this link into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  ),
});
