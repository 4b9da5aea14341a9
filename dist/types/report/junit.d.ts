import type { EvalReport } from './eval-report.js';
export declare function renderJunit(report: Pick<EvalReport, 'suites' | 'runs'>): string;
