import { type ConventionReader } from '../reading.js';
export declare const openLlmetry: ConventionReader;
