/** A file or directory for the container: path inside it (absolute), mode, and content for files. */
export interface ArchiveEntry {
  path: string;
  mode: number;
  content?: string;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(entry: ArchiveEntry, size: number): Buffer {
  const block = Buffer.alloc(512);
  const name = entry.path.replace(/^\/+/, '') + (entry.content === undefined ? '/' : '');
  if (Buffer.byteLength(name) > 100) throw new Error(`archive path too long: ${name}`);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(entry.mode, 8), 100);
  block.write(octal(0, 8), 108); // uid root
  block.write(octal(0, 8), 116); // gid root
  block.write(octal(size, 12), 124);
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136);
  block.write('        ', 148); // checksum placeholder: eight spaces
  block.write(entry.content === undefined ? '5' : '0', 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148);
  return block;
}

/**
 * A POSIX tar of `entries`, owned by root, for the Engine API's `PUT /containers/{id}/archive`:
 * it puts files into a container before it starts without a bind mount, whose source the outer
 * engine would look for on its own host (from a job container, that path is not ours).
 */
export function tarArchive(entries: readonly ArchiveEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.content === undefined ? Buffer.alloc(0) : Buffer.from(entry.content, 'utf8');
    blocks.push(header(entry, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
