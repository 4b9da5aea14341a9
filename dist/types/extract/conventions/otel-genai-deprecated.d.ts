import type { Message } from '../model.js';
import { type ConventionReader } from '../reading.js';
export declare const otelGenAiDeprecated: ConventionReader;
/**
 * OpenLIT's prompt text: each message as `role: content`, joined with newlines; a message's
 * content may span several lines. Text whose first line names no role is not a transcript.
 */
export declare function parseTranscript(text: string): Message[] | undefined;
