/**
 * Base vs head, per case and per suite.
 *
 * The rules, in order:
 * 1. A side with no sample that got an answer (every call failed, or none was made) gives
 *    `error`: there is nothing to compare.
 * 2. Errored samples otherwise stand for answers we did not get. The verdict is decided as if
 *    each of them had passed and as if each had failed, in every combination; if the answers
 *    we did get settle the verdict whatever the missing ones would have said, that is the
 *    verdict (the comparison still carries the error counts, so the report flags it). If the
 *    missing answers could change it, the verdict is `error`: an outage must never read as a
 *    regression, nor hide one.
 * 3. One sample on each side (`repeat: 1`): the verdict follows the two samples.
 * 4. More samples: `regression` when head passes less often than base and the one-sided
 *    Fisher exact p-value is <= alpha; `fixed`, symmetrically, when head passes more often
 *    with p <= alpha on the other tail. Otherwise the difference may be chance and the two
 *    sides are judged together: `pass` when at least half of all samples passed, else
 *    `still-failing`. (Note that repeat 2 can never reach alpha 0.05: the smallest p is 1/6.)
 * `flaky` is independent of the verdict: base's answered samples both passed and failed.
 */
import type { CaseRun, SuiteRun } from '../eval/run-model.js';
import type { CaseComparison, SuiteComparison } from './model.js';
export declare function compareCase(run: CaseRun, alpha: number): CaseComparison;
export declare function compareSuite(suite: SuiteRun, alpha: number): SuiteComparison;
