/**
 * Reading one draft safely: anything but a regular file, too large, binary or undecodable files
 * get a clear message instead of a check that would hang or report nonsense offsets.
 */
import { readRegularFile } from '../node/safeRead';

export type ReadResult = { text: string } | { problem: string };

/** Keeps a BOM in the text, as Node's readFileSync(…, 'utf8') does, so offsets match what tools read. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** UTF-16 is recognised by its byte-order mark only (Windows editors write one); everything else must be UTF-8. */
function decoderFor(bytes: Uint8Array): InstanceType<typeof TextDecoder> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE;
  return UTF8;
}

export async function readDraft(absolute: string, display: string, maxSize: number): Promise<ReadResult> {
  const read = await readRegularFile(absolute, maxSize);
  if ('problem' in read) {
    if (read.reason === 'too-large') return { problem: `skipped ${display}: ${read.problem} (raise it with --max-size)` };
    return { problem: `cannot read ${display}: ${read.problem}` };
  }
  const decoder = decoderFor(read.bytes);
  let text: string;
  try {
    text = decoder.decode(read.bytes);
  } catch {
    if (decoder !== UTF8) return { problem: `skipped ${display}: it starts like UTF-16 text but is not valid UTF-16; save it as UTF-8 and check again` };
    if (read.bytes.includes(0)) return { problem: `skipped ${display}: it contains NUL bytes, so it looks like a binary file, not a draft` };
    return { problem: `skipped ${display}: it is not valid UTF-8 text (an old Latin-1 or Windows-1252 export?); save it as UTF-8 and check again` };
  }
  if (text.includes('\u0000')) return { problem: `skipped ${display}: it contains NUL bytes, so it looks like a binary file, not a draft` };
  return { text };
}
