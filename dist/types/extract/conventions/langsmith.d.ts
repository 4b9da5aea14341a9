import { type ConventionReader } from '../reading.js';
export declare const langSmith: ConventionReader;
