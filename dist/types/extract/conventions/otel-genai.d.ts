import { type ConventionReader } from '../reading.js';
export declare const otelGenAi: ConventionReader;
