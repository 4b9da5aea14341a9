import { type ConventionReader } from '../reading.js';
export declare const logfire: ConventionReader;
