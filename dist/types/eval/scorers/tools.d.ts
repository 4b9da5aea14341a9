export declare const callsTool: import("./types.js").Scorer;
export declare const notCallsTool: import("./types.js").Scorer;
