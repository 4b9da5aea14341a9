import type { EvalReport } from './eval-report.js';
export declare function renderSummary(report: Pick<EvalReport, 'suites' | 'runs' | 'decision'>): string;
