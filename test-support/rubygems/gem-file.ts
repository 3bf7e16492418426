// Reads what a .gem (a plain tar holding metadata.gz, the gzipped YAML gemspec) says about itself.
import { gunzipSync } from 'node:zlib';

/** What a pushed .gem says about itself (from metadata.gz). */
export interface GemSpecInfo {
  name: string;
  version: string;
  platform: string;
  metadata: Record<string, string>;
}

/** The files of a (ustar) tar archive, by name. */
function readTar(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let off = 0; off + 512 <= buf.length; ) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    files.set(name, buf.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  if (v.startsWith('"') && v.endsWith('"')) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  return v;
}

/** Name, version, platform and metadata of a .gem, from the YAML gemspec in metadata.gz; null if unreadable. */
export function readGemSpec(gemFile: Buffer): GemSpecInfo | null {
  try {
    const metadataGz = readTar(gemFile).get('metadata.gz');
    if (!metadataGz) return null;
    const yaml = gunzipSync(metadataGz).toString('utf8');
    const name = /^name: (.+)$/m.exec(yaml)?.[1];
    const version = /^version: !ruby\/object:Gem::Version\n\s+version: (.+)$/m.exec(yaml)?.[1];
    if (!name || !version) return null;
    const platform = unquote(/^platform: (.+)$/m.exec(yaml)?.[1] ?? 'ruby');
    const metadata: Record<string, string> = {};
    const block = /^metadata:\n((?: {2}.*\n)*)/m.exec(yaml)?.[1] ?? '';
    for (const line of block.split('\n')) {
      const entry = /^ {2}('[^']*(?:''[^']*)*'|"[^"]*"|[^:]+): (.*)$/.exec(line);
      if (entry) metadata[unquote(entry[1]!)] = unquote(entry[2]!);
    }
    return { name: unquote(name), version: unquote(version), platform, metadata };
  } catch {
    return null;
  }
}
