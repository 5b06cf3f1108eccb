// The limits an attachment must meet, checked before anything is uploaded. Pure functions over the few fields of a
// File they need, so the rules are tested without a DOM and the server can share their wording.

/** What validation reads from a file; a browser `File` has it. */
export interface FileFacts {
  name: string;
  /** Bytes. */
  size: number;
  /** MIME type as the browser guessed it; empty when it could not (e.g. `.md` on some systems). */
  type: string;
}

export interface FileRules {
  /** Bytes one file may have. */
  maxFileSize?: number;
  /** Bytes all files together may have, those already chosen included. */
  maxTotalSize?: number;
  /** How many files may be chosen in all. */
  maxFiles?: number;
  /**
   * Allowed types as in the `accept` attribute: extensions (`.pdf`), MIME types (`application/pdf`) and MIME groups
   * (`image/*`). A file passes when its extension or its MIME type matches one of them. Anything when empty.
   */
  accept?: readonly string[];
}

export type FileRefusal =
  | { reason: 'wrongType'; name: string; accept: readonly string[] }
  | { reason: 'tooLarge'; name: string; size: number; limit: number }
  | { reason: 'tooMany'; name: string; limit: number }
  | { reason: 'totalTooLarge'; name: string; limit: number };

/** Files already chosen, which count against `maxFiles` and `maxTotalSize`. */
export interface ChosenSoFar {
  count: number;
  totalSize: number;
}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

/** Whether the file's extension or MIME type is one `accept` allows. */
export function matchesAccept(file: Pick<FileFacts, 'name' | 'type'>, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  const extension = extensionOf(file.name);
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const allowed = entry.trim().toLowerCase();
    if (allowed.startsWith('.')) return allowed === extension;
    if (allowed.endsWith('/*')) return type.startsWith(allowed.slice(0, -1));
    return allowed === type;
  });
}

/**
 * Splits newly chosen files into those that may be added and the refused ones, each with the rule it broke.
 * Files are taken in order, so when only some fit under the count or total size, the first ones are kept.
 */
export function checkFiles<F extends FileFacts>(
  files: readonly F[],
  rules: FileRules,
  chosen: ChosenSoFar = { count: 0, totalSize: 0 },
): { accepted: F[]; refused: FileRefusal[] } {
  const accepted: F[] = [];
  const refused: FileRefusal[] = [];
  let { count, totalSize } = chosen;
  for (const file of files) {
    const { name } = file;
    if (rules.accept && !matchesAccept(file, rules.accept)) {
      refused.push({ reason: 'wrongType', name, accept: rules.accept });
    } else if (rules.maxFileSize !== undefined && file.size > rules.maxFileSize) {
      refused.push({ reason: 'tooLarge', name, size: file.size, limit: rules.maxFileSize });
    } else if (rules.maxFiles !== undefined && count >= rules.maxFiles) {
      refused.push({ reason: 'tooMany', name, limit: rules.maxFiles });
    } else if (rules.maxTotalSize !== undefined && totalSize + file.size > rules.maxTotalSize) {
      refused.push({ reason: 'totalTooLarge', name, limit: rules.maxTotalSize });
    } else {
      accepted.push(file);
      count += 1;
      totalSize += file.size;
    }
  }
  return { accepted, refused };
}
