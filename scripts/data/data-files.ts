/**
 * Reads a data file only when it is a plain file inside the data folder, and
 * never more than the size limit: a named pipe, a device, a directory or a
 * link to somewhere else is refused before a byte is read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { dirname, relative, isAbsolute } from "node:path";

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** What a file-system entry is, in a reader's words. */
export function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a plain file";
}

const PLAIN_FILE_ADVICE = "replace it with the YAML file itself";

/**
 * The bytes of `path`, which must be a regular file whose real location is
 * inside `within` (by default the folder it is listed in). At most `limit + 1`
 * bytes are read, so a file whose reported size is wrong (a device reports 0)
 * is still caught.
 */
export function readDataFile(path: string, limit: number, within: string = dirname(path)): ReadResult {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch {
    return { ok: false, message: "file not found: every data folder needs this file" };
  }
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return { ok: false, message: "file is a symbolic link to nothing (its target does not exist): replace it with the file itself" };
    }
    const folder = realpathSync(within);
    const inside = relative(folder, target);
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
      return { ok: false, message: `file is a symbolic link to ${target}, outside the data folder: ${PLAIN_FILE_ADVICE}` };
    }
  } else if (!link.isFile()) {
    return { ok: false, message: `file is ${describeKind(link)}, not a plain file: ${PLAIN_FILE_ADVICE}` };
  }

  let fd: number;
  try {
    // Non-blocking, so that a pipe swapped in after the check above cannot hang the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: `file cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): check its permissions` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: `file is ${describeKind(stats)}, not a plain file: ${PLAIN_FILE_ADVICE}` };
    if (stats.size > limit) return { ok: false, message: tooLarge(`is ${(stats.size / 1024 / 1024).toFixed(1)} MB`, limit) };
    return readAtMost(fd, limit);
  } finally {
    closeSync(fd);
  }
}

/** Reads until the end of the file or until more than `limit` bytes have come. */
export function readAtMost(fd: number, limit: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > limit) {
      return { ok: false, message: tooLarge(`is more than ${limit / 1024 / 1024} MB`, limit) };
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function tooLarge(size: string, limit: number): string {
  return `file ${size}; the limit is ${limit / 1024 / 1024} MB: remove what does not belong (is it a fact sheet's data?)`;
}
