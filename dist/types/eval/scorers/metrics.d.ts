export declare const maxLatency: import("./types.js").Scorer;
export declare const maxCost: import("./types.js").Scorer;
