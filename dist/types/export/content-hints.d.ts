import type { Convention } from '../extract/model.js';
/** The setting that makes each instrumentation record prompts and answers. */
export declare const CONTENT_CAPTURE_SETTINGS: Record<Convention, string>;
/** One line per convention seen among spans without content, naming how to turn content on. */
export declare function contentCaptureHints(conventions: Iterable<Convention | undefined>): string[];
