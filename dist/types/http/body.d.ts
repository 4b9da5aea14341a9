/** A response body larger than a caller allows; the rest is not read. */
export declare class ResponseTooLargeError extends Error {
    readonly limitBytes: number;
    name: string;
    constructor(limitBytes: number);
}
/**
 * Reads a body up to `limitBytes`. A server that is wrong, or hostile, cannot make the job
 * hold an unbounded answer in memory; leaving the loop early closes the stream.
 */
export declare function readBodyLimited(body: AsyncIterable<Uint8Array>, limitBytes: number): Promise<Buffer>;
