/** Verdicts and statistics of base vs head; plain data computed from `SuiteRun`s. */
/**
 * Per case: both pass, head lost what base had (`regression`), head gained (`fixed`), both
 * fail (`still-failing`), or a model call failed on either side (`error`, never a pass).
 */
export type Verdict = 'pass' | 'regression' | 'fixed' | 'still-failing' | 'error';
export interface CaseComparison {
    caseId: string;
    dataset: string;
    verdict: Verdict;
    /** Passing samples / samples, per side (errors count as not passing). */
    base: {
        passes: number;
        samples: number;
        errors: number;
    };
    head: {
        passes: number;
        samples: number;
        errors: number;
    };
    /**
     * One-sided Fisher exact p-value that head passes less often than base; with repeat 1 it
     * is 1 or 0.5 and the verdict follows the single sample.
     */
    pValue: number;
    /** Base itself both passed and failed across samples: the case is noisy, not necessarily broken. */
    flaky: boolean;
}
export interface Distribution {
    p50: number;
    p95: number;
}
export interface VariantStats {
    passRate: number;
    samples: number;
    errors: number;
    requests: number;
    cacheHits: number;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
    latencyMs?: Distribution;
}
export interface SuiteComparison {
    suite: string;
    skipped?: string;
    cases: CaseComparison[];
    counts: Record<Verdict, number> & {
        flaky: number;
        total: number;
    };
    base: VariantStats;
    head: VariantStats;
}
export interface GateSettings {
    /** Fail when more cases than this regress (default 0). */
    maxRegressions: number;
    /** Fail when head's pass rate (0-1) is below this. */
    minPassRate?: number;
    /** Fail when more cases than this end in `error`. */
    maxErrors?: number;
    /** Significance level of the regression test with repeats (default 0.05). */
    alpha: number;
}
export interface GateDecision {
    passed: boolean;
    /** One line per failed condition, e.g. `2 regressions (max 0)`; empty when passed. */
    reasons: string[];
}
