// The parts of npm's own libraries that in-process packing and uploading use.
declare module 'npm-packlist' {
  /** The fields of an Arborist node that npm-packlist reads for a package without bundled dependencies. */
  export interface PacklistTree {
    path: string;
    package: Record<string, unknown>;
    isProjectRoot: boolean;
    edgesOut: Map<string, unknown>;
  }
  /** `prefix` and `workspaces`: the workspace root and the package's directory, when it is one of its workspaces. */
  export default function packlist(tree: PacklistTree, options: { path: string; prefix?: string; workspaces?: string[] }): Promise<string[]>;
}

declare module '@npmcli/package-json' {
  export default class PackageJson {
    /** package.json as npm reads it to pack (Arborist and pacote). */
    static normalize(path: string): Promise<PackageJson>;
    /** `npm pkg fix` applied in memory, as `npm publish` does before `prepare()`. */
    static fix(path: string, options?: { changes?: string[] }): Promise<PackageJson>;
    /** Reads `path/package.json` (`parseIndex`: as npm publish does, index.js comments allowed). */
    static load(path: string): Promise<PackageJson>;
    load(path: string, parseIndex?: boolean): Promise<PackageJson>;
    /** Replaces the content read (the file is not written). */
    fromContent(content: Record<string, unknown>): PackageJson;
    normalize(): Promise<PackageJson>;
    fix(): Promise<PackageJson>;
    /** The manifest `npm publish` sends. */
    prepare(): Promise<PackageJson>;
    content: Record<string, unknown>;
  }
}

declare module '@npmcli/map-workspaces' {
  /** The workspaces of the package at `cwd`: name -> absolute directory. */
  export default function mapWorkspaces(options: { cwd: string; pkg: Record<string, unknown> }): Promise<Map<string, string>>;
}
