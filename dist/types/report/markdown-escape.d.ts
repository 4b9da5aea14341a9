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
/** One line of inert text, at most `maxLength` characters before escaping. */
export declare function inline(text: string, maxLength?: number): string;
/** The inside of a `<pre>`: the text as written, line breaks kept, nothing live. */
export declare function preformatted(text: string, maxLength?: number): string;
/** Text we wrote, in `<code>`: GitHub links nothing inside code. */
export declare function code(text: string, maxLength?: number): string;
/**
 * At most `maxLength` characters, the cut marked with how much was left out. Never splits a
 * surrogate pair.
 */
export declare function truncate(text: string, maxLength: number): string;
