/**
 * SHA-256 of a string (UTF-8), as lowercase hex: synchronous and pure, the same in
 * the browser, the worker and Node (@noble/hashes, audited; see its decision
 * record in .github/decisions). The checksum of a progress passport, the
 * short codes of assignment items, the revision of the activity index. Not for
 * secrets: it detects damaged or edited files.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
