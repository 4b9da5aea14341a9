/**
 * What a case's samples say, in the words every report uses: which checks failed and why,
 * which calls errored, and which answer to show for each side.
 */
import type { CaseComparison, SuiteComparison } from '../compare/model.js';
import type { CaseRun, SampleResult, SuiteRun, VariantName } from '../eval/run-model.js';
/** The runs behind comparisons, found by suite name, dataset and case id. */
export declare class RunIndex {
    private readonly cases;
    private readonly suites;
    constructor(runs: readonly SuiteRun[]);
    suite(name: string): SuiteRun | undefined;
    case(suite: SuiteComparison, comparison: CaseComparison): CaseRun | undefined;
}
/**
 * Why the case needs a look, one line each: the errors of the calls that failed, then the
 * failed checks of the side that matters (base's for `fixed`, else head's).
 */
export declare function caseProblems(comparison: CaseComparison, run: CaseRun): string[];
/**
 * `type: reason` for every assertion that failed in an answered sample, once each; with
 * several samples, how many of them it failed in.
 */
export declare function failedChecks(samples: readonly SampleResult[]): string[];
/** `head error: timeout (2 of 5 samples)` for each distinct error of one side's calls. */
export declare function callErrors(side: VariantName, samples: readonly SampleResult[]): string[];
/**
 * The sample to show for one side: the first answered one that passed (or failed, as
 * `preferPassed` says), else the first answered one, else the first.
 */
export declare function shownSample(samples: readonly SampleResult[], preferPassed: boolean): SampleResult | undefined;
/** Which answers tell the story of a verdict: base passing and head failing for a regression, … */
export declare function preferredOutcomes(comparison: CaseComparison): Record<VariantName, boolean>;
/** The answer as text: the output, then any tool calls, or the error. */
export declare function answerText(sample: SampleResult): string;
export declare function sampleOutcome(sample: SampleResult): 'passed' | 'failed' | 'error';
