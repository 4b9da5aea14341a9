/**
 * Trace content is untrusted: a span name can carry ANSI escape sequences that rewrite the
 * terminal. Control characters are shown as \u escapes instead of being sent to it.
 */
export function printable(text: string, options: { keepNewlines?: boolean } = {}): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, char =>
    options.keepNewlines && char === '\n'
      ? char
      : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
