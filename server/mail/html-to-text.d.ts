// html-to-text 10 ships no type declarations; the part renderEmail uses (compile), with the
// option shapes @react-email/render's own declarations refer to.
declare module "html-to-text" {
  export interface SelectorDefinition {
    selector: string;
    format?: string;
    options?: Record<string, unknown>;
  }
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    selectors?: SelectorDefinition[];
    [option: string]: unknown;
  }
  /** Compiles the options once; the returned function converts HTML to text with them. */
  export function compile(options?: HtmlToTextOptions): (html: string, metadata?: unknown) => string;
  export function convert(html: string, options?: HtmlToTextOptions, metadata?: unknown): string;
}
