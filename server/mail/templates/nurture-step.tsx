// A nurture email: the step's Markdown body as our own blocks (server/domain/nurture/
// markdown-blocks.ts) rendered with React Email components — every text is a React child, so it
// is escaped; no user HTML is ever inserted. The footer carries the workspace's postal address and
// the one-click unsubscribe link (the List-Unsubscribe headers are set by the sender).
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { TEmailBlock, TInline } from "../../domain/nurture/markdown-blocks";
import { defineTemplate } from "./define-template";
import { paragraphStyle } from "./email-layout";

export interface TNurtureStepProps {
  subject: string;
  blocks: TEmailBlock[];
  workspaceName: string;
  postalAddress: string;
  unsubscribeUrl: string;
  /** A test send to the editor: says so at the top. */
  isTest?: boolean;
}

const styles = {
  body: { backgroundColor: "#ffffff", fontFamily: "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { margin: "0 auto", maxWidth: "560px", padding: "0 24px" },
  footer: { color: "#71717a", fontSize: "12px", lineHeight: "18px", margin: "0 0 6px" },
  banner: { ...paragraphStyle, backgroundColor: "#fef3c7", padding: "8px 12px" },
};

function inlines(items: readonly TInline[]): ReactNode[] {
  return items.map((item, i) => {
    if (item.kind === "link") return <Link key={i} href={item.href}>{item.text}</Link>;
    const text = item.text;
    const styled = item.bold && item.italic ? <strong><em>{text}</em></strong> : item.bold ? <strong>{text}</strong> : item.italic ? <em>{text}</em> : text;
    return <span key={i}>{styled}</span>;
  });
}

function Block({ block }: { block: TEmailBlock }) {
  switch (block.kind) {
    case "heading":
      return <Heading as={`h${block.level}`} style={{ color: "#18181b", fontSize: block.level === 1 ? "22px" : "18px", margin: "0 0 12px" }}>{inlines(block.inlines)}</Heading>;
    case "paragraph":
      return <Text style={{ ...paragraphStyle, whiteSpace: "pre-line" }}>{inlines(block.inlines)}</Text>;
    case "list":
      return (
        <Section>
          {block.items.map((item, i) => (
            <Text key={i} style={{ ...paragraphStyle, margin: "0 0 6px" }}>
              {block.ordered ? `${i + 1}. ` : "• "}
              {inlines(item)}
            </Text>
          ))}
        </Section>
      );
    case "rule":
      return <Hr />;
  }
}

/** The footer's sender: the workspace and its postal address, the name once when the address already starts with it ("Demo Co · 100 Market Street …"). */
export function senderLine(workspaceName: string, postalAddress: string | null | undefined): string {
  const address = postalAddress?.trim() ?? "";
  if (!address) return workspaceName;
  return address.toLocaleLowerCase().startsWith(workspaceName.trim().toLocaleLowerCase()) ? address : `${workspaceName} · ${address}`;
}

export const nurtureStepTemplate = defineTemplate<TNurtureStepProps>({
  subject: (p) => `${p.isTest ? "[Test] " : ""}${p.subject}`,
  /** The workspace's email (its From name); a test send looks as the prospect's will. */
  senderName: (p) => p.workspaceName,
  Component: (p) => (
    <Html lang="en">
      <Head />
      <Preview>{p.subject}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          {p.isTest && <Text style={styles.banner}>Test send of a nurture email: links and unsubscribe are not tracked.</Text>}
          {p.blocks.map((block, i) => <Block key={i} block={block} />)}
          <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
          <Text style={styles.footer}>{senderLine(p.workspaceName, p.postalAddress)}</Text>
          <Text style={styles.footer}>
            You receive this because you asked {p.workspaceName} about its product. To stop these emails: <Link href={p.unsubscribeUrl}>unsubscribe</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  ),
});
