/** Keeping credentials out of everything that may be printed: URLs and error messages. */
/** True for header and query parameter names that usually carry a credential. */
export declare function isSensitiveName(name: string): boolean;
/** The URL as it may be printed: no userinfo, and secret-looking query values replaced. */
export declare function redactUrl(url: URL): string;
/** Every occurrence of each secret replaced by `***`; very short values are left alone. */
export declare function scrubSecrets(text: string, secrets: readonly string[]): string;
