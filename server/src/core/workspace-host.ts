/** What reading a file gave: its text, or why it could not be read. */
export type ReadResult = { text: string } | { error: string };

/**
 * The only window the core has onto files. The CLI backs it with the disk, the
 * language server with open documents first and the disk second, tests with a
 * map in memory.
 */
export interface WorkspaceHost {
  /** Reads a UTF-8 text file; an unreadable, missing or binary file is an error value. */
  readText(path: string): ReadResult;
  /** Whether a regular file exists at this path. */
  fileExists(path: string): boolean;
  /**
   * The path with every symbolic link resolved (a missing file: its folder
   * resolved), or undefined for a loop of links. Containment checks use it;
   * a host without links (memory) leaves it out.
   */
  realPath?(path: string): string | undefined;
  /**
   * A cheap sign of the file's version (a stat: inode, size, times, following
   * links): the same stamp means the same file as before. Undefined when the
   * file cannot be stat-ed; a host without stamps leaves it out, and then
   * containment is checked on every load.
   */
  stamp?(path: string): string | undefined;
  /**
   * True when no file changes while this host lives (a command-line run checks
   * a snapshot): a schema loaded once is served again without reading its
   * source files each time. The language server's host leaves it out.
   */
  snapshot?: boolean;
  /**
   * A token that changes whenever a read through this host may answer
   * otherwise than before: a file event, an edit to an open buffer other than
   * an assessment, and the passing of a tenth of a second (a stat is trusted
   * for a while, then taken again). A schema loaded under the same token is
   * served again without reading its sources: every keystroke and every hover
   * loads the schema, and hundreds of sources made each load cost a
   * millisecond. The language server's host has one; without it, sources are
   * read on every load.
   */
  changeToken?(): string;
  /**
   * The assessments and schemas of the workspace, for references, rename and
   * workspace symbols. The language server keeps this list; the CLI has none.
   */
  listWorkspace?(): { assessments: string[]; schemas: string[] };
}
