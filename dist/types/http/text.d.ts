/** Turning response bodies and headers into short text a person can read in an error. */
/** The text a person would read on an HTML page, tags, scripts and styles removed. */
export declare function visibleText(html: string, maxChars: number): string;
/** An HTML page where data was due: a UI, a proxy's error page or a login form. */
export declare function looksLikeHtml(text: string, contentType: string): boolean;
export declare function truncate(text: string, maxChars: number): string;
/** A header as one string, however the HTTP client delivered it. */
export declare function headerValue(value: string | string[] | undefined): string;
