/**
 * Validating readers for the runs inside results.json: each returns the typed value or
 * throws `InvalidFileError` naming the path that is wrong.
 */
import type { GateSettings } from '../compare/model.js';
import type { SuiteRun } from '../eval/run-model.js';
import { type JsonField } from './json-field.js';
export declare function readGateSettings(field: JsonField): GateSettings;
export declare function readSuiteRun(field: JsonField): SuiteRun;
