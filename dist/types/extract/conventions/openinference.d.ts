import { type ConventionReader } from '../reading.js';
export declare const openInference: ConventionReader;
