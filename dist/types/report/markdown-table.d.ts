/** GitHub-flavoured markdown tables. */
export type Alignment = 'left' | 'right';
/** A markdown table from cells that are already escaped. */
export declare function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Alignment[]): string;
