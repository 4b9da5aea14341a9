/** Kept equal to package.json's version by a test; read at run time without bundling package.json. */
export declare const VERSION = "0.1.0";
