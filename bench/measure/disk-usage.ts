/**
 * On-disk size of a folder, file by file.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function folderSize(folder: string): Promise<{ bytes: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  let bytes = 0;
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const size = (await stat(full)).size;
        files[path.relative(folder, full)] = size;
        bytes += size;
      }
    }
  };
  await walk(folder);
  return { bytes, files };
}
