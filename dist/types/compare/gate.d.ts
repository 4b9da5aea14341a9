/**
 * The merge gate: one decision over every suite that ran, and the process exit code that
 * carries it to CI.
 */
import type { SuiteRun } from '../eval/run-model.js';
import type { GateDecision, GateSettings, SuiteComparison } from './model.js';
/** No regression allowed, tested at the usual 5 % level: what a suite gets unless it says otherwise. */
export declare const DEFAULT_GATE: GateSettings;
/**
 * Fails when regressions exceed `maxRegressions`, when head's pass rate over all samples of
 * the suites that ran is below `minPassRate`, or when more cases than `maxErrors` ended in
 * `error`. Skipped suites take no part; with no samples at all the pass rate has nothing to
 * fail on. An unset `minPassRate` or `maxErrors` is no limit.
 */
export declare function decideGate(suites: readonly SuiteComparison[], settings: GateSettings): GateDecision;
/**
 * Each suite against its own thresholds (suites of one run may set different ones); the
 * gate passes when every suite does. With several suites, each reason names its suite.
 */
export declare function decideSuiteGates(suites: readonly SuiteComparison[], gates: readonly GateSettings[]): GateDecision;
/**
 * True when a suite that ran got no answer at all because its provider failed: an outage
 * (exit 3), which must not read as a regression. Partial failures are errors the gate counts.
 */
export declare function providerUnreachable(runs: readonly SuiteRun[]): boolean;
/** The process exit codes CI sees; 2 (usage or config error) belongs to the CLI. */
export declare const ExitCode: {
    readonly passed: 0;
    readonly gateFailed: 1;
    readonly usage: 2;
    readonly infrastructure: 3;
};
/**
 * 3 when a provider or source could not be reached, whatever the gate says (an outage must
 * not read as a regression, nor a partial run as a pass); else 0 or 1 from the gate.
 */
export declare function exitCode(decision: GateDecision, infrastructureError?: boolean): number;
