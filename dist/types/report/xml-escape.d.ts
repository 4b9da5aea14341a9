/** Text for XML 1.0 documents (JUnit), whatever characters a model answered with. */
export declare function xmlText(text: string): string;
/** For a double-quoted attribute; line breaks and tabs as references so parsers keep them. */
export declare function xmlAttribute(text: string): string;
