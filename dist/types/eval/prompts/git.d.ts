/** Reads files as they are at a commit, with the git CLI that every runner has. */
export interface GitReader {
    /** The file's text at `ref`, or undefined when the file does not exist there. */
    readAtRef(path: string, ref: string): Promise<string | undefined>;
    /** The commit a ref names, for the report. */
    resolveRef(ref: string): Promise<string>;
    /** Where the branch left the default branch: the base a PR is compared with. */
    defaultBaseRef(): Promise<string>;
}
export declare class GitError extends Error {
    name: string;
}
export declare function createGitReader(cwd?: string): GitReader;
