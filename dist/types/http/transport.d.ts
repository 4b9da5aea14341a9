/**
 * Telling transport failures apart: no connection at all, a connection that dropped, or a
 * host name that does not resolve. Node and undici bury the code in `cause` chains.
 */
export type TransportProblem = 'connect' | 'dropped' | 'dns';
/** What kind of transport failure an error code names, if any. */
export declare function transportProblem(code: string | undefined): TransportProblem | undefined;
/** The error code of a Node or undici error, looking through `cause` and AggregateError. */
export declare function errorCode(error: unknown, depth?: number): string | undefined;
export declare function messageOf(error: unknown): string;
