export declare const isJson: import("./types.js").Scorer;
export declare const jsonSchema: import("./types.js").Scorer;
export declare const containsJson: import("./types.js").Scorer;
