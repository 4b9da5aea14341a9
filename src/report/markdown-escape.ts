/**
 * Text from models, traces and datasets, made inert for a GitHub comment.
 *
 * Every character markdown or HTML could act on is written as a character reference.
 * CommonMark never reads a reference as syntax, so `&#124;` cannot end a table cell, `&#91;`
 * cannot open a link, `&#96;` cannot open a code span or fence and `&lt;` cannot open a tag;
 * the reader sees the character itself. Two renderings:
 * - `inline` for table cells, headings and list items: one line, whitespace collapsed.
 * - `preformatted` for answers, the inside of a `<pre>`: line breaks written `&#10;`, so the
 *   whole HTML block stays on one source line and no blank line in an answer can end the
 *   block and drop the rest into markdown. There is no `<` left to close the `<pre>`. A
 *   fenced block would need a fence longer than any backtick run inside and cannot sit in
 *   the HTML table that shows base and head side by side; `<pre>` can, and GitHub links
 *   nothing inside it.
 *
 * GitHub turns `@name`, `#123`, `GH-123`, URLs and `www.` into mentions, references and
 * links after parsing, on the decoded text, so references do not stop them: a WORD JOINER
 * (U+2060, invisible, no line break) goes after `@` and `#`, inside `GH-1`, `://` and
 * `www.`, in both renderings.
 */

const WORD_JOINER = '\u2060'

// C0/C1 controls other than tab and line breaks (handled separately), and the bidirectional
// overrides that make text display in a different order than it reads.
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

// Characters that start markdown or HTML syntax, with their character reference. `(` and `!`
// only matter after `]` or before `[`, which are escaped.
const MARKDOWN_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  // GitHub renders `$…$` as math.
  $: '&#36;'
}
const MARKDOWN_SYNTAX = /[&<>"|\\`*_~[\]$]/g

/** One line of inert text, at most `maxLength` characters before escaping. */
export function inline(text: string, maxLength = 300): string {
  const oneLine = text.replace(INVISIBLE_CONTROLS, '').replace(/\s+/g, ' ').trim()
  return escapeSyntax(breakAutolinks(truncate(oneLine, maxLength)))
}

/** The inside of a `<pre>`: the text as written, line breaks kept, nothing live. */
export function preformatted(text: string, maxLength = 1_000): string {
  const lines = text.replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n')
  return escapeSyntax(breakAutolinks(truncate(lines, maxLength))).replace(/\n/g, '&#10;')
}

/** Text we wrote, in `<code>`: GitHub links nothing inside code. */
export function code(text: string, maxLength = 120): string {
  return `<code>${inline(text, maxLength)}</code>`
}

/**
 * At most `maxLength` characters, the cut marked with how much was left out. Never splits a
 * surrogate pair.
 */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  let end = Math.max(0, maxLength)
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--
  const omitted = text.length - end
  return `${text.slice(0, end)}… (${omitted.toLocaleString('en-US')} more characters)`
}

function escapeSyntax(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, char => MARKDOWN_ENTITIES[char] ?? char)
}

function breakAutolinks(text: string): string {
  return text
    .replace(/[@#]/g, `$&${WORD_JOINER}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1${WORD_JOINER}-`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
