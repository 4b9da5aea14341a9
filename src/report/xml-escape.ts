/** Text for XML 1.0 documents (JUnit), whatever characters a model answered with. */

// Everything XML 1.0 forbids: C0 controls other than tab and line breaks, lone surrogates
// (matched one by one under the `u` flag), U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** For a double-quoted attribute; line breaks and tabs as references so parsers keep them. */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
}
