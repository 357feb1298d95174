/*
 * What a pull request changed, file by file, in one shape whether it came from
 * the REST API (`GET /repos/{owner}/{repo}/pulls/{pull_number}/files`) or from
 * `git diff --name-status -z`. Pure: parsing only, no I/O.
 */

export type FileChange =
  | { readonly status: "added"; readonly path: string }
  | { readonly status: "modified"; readonly path: string }
  | { readonly status: "removed"; readonly path: string }
  | { readonly status: "renamed"; readonly path: string; readonly previousPath: string }
  | { readonly status: "copied"; readonly path: string; readonly previousPath: string };

/** The fields of a REST `diff-entry` that discovery reads. */
export interface DiffEntry {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
}

export const isPolicyPath = (path: string): boolean => path.endsWith(".policy");

/**
 * One REST diff-entry as a FileChange. "changed" (mode only) counts as
 * modified; "unchanged" entries carry no content change and give undefined.
 */
export function fromDiffEntry(entry: DiffEntry): FileChange | undefined {
  const path = entry.filename;
  switch (entry.status) {
    case "added":
      return { status: "added", path };
    case "modified":
    case "changed":
      return { status: "modified", path };
    case "removed":
      return { status: "removed", path };
    case "renamed":
    case "copied":
      if (entry.previous_filename === undefined) {
        throw new Error(`GitHub listed ${path} as ${entry.status} without a previous_filename.`);
      }
      return { status: entry.status, path, previousPath: entry.previous_filename };
    case "unchanged":
      return undefined;
    default:
      throw new Error(`GitHub listed ${path} with an unknown status '${entry.status}'.`);
  }
}

/**
 * Parses `git diff --name-status -z` output. The -z form is used because it
 * never quotes or escapes paths (git quotes names with tabs, newlines or
 * non-ASCII bytes otherwise) and puts each field in its own NUL-terminated slot:
 * `M\0path\0`, `R087\0old\0new\0`.
 */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split("\0");
  // A trailing NUL leaves one empty field at the end.
  if (fields[fields.length - 1] === "") fields.pop();
  const changes: FileChange[] = [];
  let i = 0;
  const take = (what: string): string => {
    const f = fields[i++];
    if (f === undefined || f === "") throw new Error(`git diff output ended before a ${what}.`);
    return f;
  };
  while (i < fields.length) {
    const code = take("status");
    const letter = code[0];
    switch (letter) {
      case "A":
        changes.push({ status: "added", path: take("path") });
        break;
      // T is a type change (file <-> symlink); U an unmerged path. Both mean
      // the content at this path may differ, which is all discovery needs.
      case "M":
      case "T":
      case "U":
        changes.push({ status: "modified", path: take("path") });
        break;
      case "D":
        changes.push({ status: "removed", path: take("path") });
        break;
      case "R":
      case "C": {
        const previousPath = take("source path");
        const path = take("destination path");
        changes.push({ status: letter === "R" ? "renamed" : "copied", path, previousPath });
        break;
      }
      default:
        throw new Error(`git diff reported an unknown status '${code}'.`);
    }
  }
  return changes;
}
