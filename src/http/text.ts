/** Turning response bodies and headers into short text a person can read in an error. */

const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'"
}

/** The text a person would read on an HTML page, tags, scripts and styles removed. */
export function visibleText(html: string, maxChars: number): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => HTML_ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return truncate(text, maxChars)
}

/** An HTML page where data was due: a UI, a proxy's error page or a login form. */
export function looksLikeHtml(text: string, contentType: string): boolean {
  return contentType.toLowerCase().includes('text/html') || /^\s*</.test(text)
}

export function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`
}

/** A header as one string, however the HTTP client delivered it. */
export function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}
