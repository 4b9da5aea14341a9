export declare const maxLength: import("./types.js").Scorer;
export declare const minLength: import("./types.js").Scorer;
