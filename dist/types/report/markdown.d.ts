import type { EvalReport } from './eval-report.js';
/** How much the report shows: every case that is not a plain pass, the gate's failures, or counts. */
export type ReportDetail = 'full' | 'failing' | 'summary';
export interface MarkdownReport extends EvalReport {
    /** Where the rest of the report is when the comment shows less (https URLs). */
    links?: {
        jobSummary?: string;
        artifact?: string;
    };
}
export interface MarkdownOptions {
    /** Default `DEFAULT_MAX_CHARS`. */
    maxChars?: number;
    /** The most detail to try; default `full`. */
    detail?: ReportDetail;
}
export interface RenderedMarkdown {
    markdown: string;
    /** The detail that fitted. */
    detail: ReportDetail;
    /** Even the summary was too long and lost its last lines. */
    truncated: boolean;
}
/** GitHub rejects comment bodies longer than this. */
export declare const GITHUB_COMMENT_LIMIT = 65536;
/** Leaves room under GitHub's limit for the hidden marker and header the action adds. */
export declare const DEFAULT_MAX_CHARS = 65000;
export declare function renderMarkdown(report: MarkdownReport, options?: MarkdownOptions): string;
/**
 * Tries `full`, then only the failing rows, then the summary, and returns the first that fits;
 * a summary that still does not fit loses its last lines (whole lines, behind a note).
 */
export declare function renderWithinLimit(report: MarkdownReport, options?: MarkdownOptions): RenderedMarkdown;
