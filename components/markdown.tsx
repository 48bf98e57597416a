import { markdownLineToHtml, markdownToHtml } from "@/lib/text/markdown";

// Server components only: the parser and the sanitiser stay out of the browser's code.

/** An organiser's text (markdown), rendered and sanitised (lib/text/markdown.ts). */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: markdownToHtml(text) }} />;
}

/** One line of an organiser's markdown, inside an element of the caller's choice. */
export function MarkdownLine({ text, as: Tag = "span", style }: { text: string; as?: "span" | "li"; style?: React.CSSProperties }) {
  return <Tag style={style} dangerouslySetInnerHTML={{ __html: markdownLineToHtml(text) }} />;
}
