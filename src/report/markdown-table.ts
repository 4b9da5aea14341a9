/** GitHub-flavoured markdown tables. */

export type Alignment = 'left' | 'right'

/** A markdown table from cells that are already escaped. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Alignment[]
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const rule = header.map((_, column) => (align[column] === 'right' ? '---:' : '---'))
  return [line(header), line(rule), ...rows.map(line)].join('\n')
}
