/**
 * The convention readers, in the order they are asked what a span is: the first that
 * recognizes the span decides. Conventions with an explicit span kind come first
 * (`langsmith.span.kind`, `openinference.span.kind`, `langfuse.observation.type`, Vercel's
 * `ai.operationId`, …), because their SDKs also write generic `gen_ai.*` attributes on spans
 * that are not calls (a LangChain prompt template says `gen_ai.operation.name: chat`).
 */
import type { ConventionReader } from '../reading.js';
export declare const CONVENTION_READERS: readonly ConventionReader[];
