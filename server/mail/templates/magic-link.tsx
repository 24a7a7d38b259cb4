// Sign-in link (Auth.js email provider).
import { Button, Link, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";

export interface TMagicLinkProps {
  url: string;
  host: string;
}

export const magicLinkTemplate = defineTemplate<TMagicLinkProps>({
  subject: ({ host }) => `Sign in to ${host}`,
  Component: ({ url, host }) => (
    <EmailLayout
      preview={`Your sign-in link for ${host}`}
      footer="If you did not request this email you can safely ignore it. The link expires in 24 hours and works once."
    >
      <Text style={paragraphStyle}>Click the button below to sign in to {host}.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in
      </Button>
      <Text style={{ ...paragraphStyle, marginTop: "24px" }}>
        Or copy this link into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  ),
});
