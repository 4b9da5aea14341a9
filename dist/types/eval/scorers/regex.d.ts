export declare const regex: import("./types.js").Scorer;
