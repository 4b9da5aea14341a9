export interface ExpandOptions {
    cwd: string;
    /** What a folder contributes, e.g. every `**\/*.eval.yaml` under it. */
    folderPattern: string;
    /** What the files are, for the error: `trace files`, `datasets`. */
    what: string;
}
/**
 * Files, folders and glob patterns to absolute file paths, in the order given and without
 * duplicates. A path that names nothing is an error rather than a silently smaller run.
 */
export declare function expandPaths(paths: string[], options: ExpandOptions): Promise<string[]>;
