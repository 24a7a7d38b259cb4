// The copy button's name for a snippet titled e.g. "Inline" or "JavaScript API": the title in
// sentence case inside "Copy … snippet". Only plain capitalised words ("Inline") are lowercased;
// acronyms ("API") and names with inner capitals ("JavaScript", "WordPress") keep their spelling.
export function copySnippetLabel(title: string): string {
  const words = title.split(" ").map((word) => (/^[A-Z][a-z]*$/.test(word) ? word.toLowerCase() : word));
  return `Copy ${words.join(" ")} snippet`;
}
