// The shared frame of every email: brand header, white card, small footer. The brand is ours
// ("Switchboard") on email to members; on email to a prospect it is the workspace's name (the
// company whose form they filled in), with a small "Powered by Switchboard" under the footer.
// Every text is a React child, so a workspace name is always text, never markup.
import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";

const styles = {
  body: { backgroundColor: "#f4f4f5", fontFamily: "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", margin: "0 auto", maxWidth: "520px", padding: "32px" },
  brand: { color: "#4f46e5", fontSize: "16px", fontWeight: 700, margin: "0 0 24px" },
  footer: { color: "#71717a", fontSize: "12px", lineHeight: "18px", margin: 0 },
  poweredBy: { color: "#a1a1aa", fontSize: "11px", lineHeight: "16px", margin: "12px 0 0" },
};

/** Our product's name, on our own emails and in the small print of a workspace's. */
export const PLATFORM_NAME = "Switchboard";

/** The brand of an email to a prospect: the workspace's name (blank: ours). */
export function prospectBrand(workspaceName: string | null | undefined): string {
  return workspaceName?.trim() || PLATFORM_NAME;
}

export const buttonStyle = {
  backgroundColor: "#4f46e5",
  borderRadius: "6px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "14px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};

export const paragraphStyle = { color: "#27272a", fontSize: "14px", lineHeight: "22px", margin: "0 0 16px" };

export function EmailLayout(props: { preview: string; footer: string; children: ReactNode; /** The header's brand; ours when absent. */ brand?: string }) {
  const brand = props.brand?.trim() || PLATFORM_NAME;
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{brand}</Text>
          <Section>{props.children}</Section>
          <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0" }} />
          <Text style={styles.footer}>{props.footer}</Text>
          {brand !== PLATFORM_NAME && <Text style={styles.poweredBy}>Powered by {PLATFORM_NAME}</Text>}
        </Container>
      </Body>
    </Html>
  );
}
