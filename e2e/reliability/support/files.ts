import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every regular file under `dir` with its contents and mode. */
export function readTree(dir: string): { path: string; text: string; mode: number }[] {
  const out: { path: string; text: string; mode: number }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push({ path: relative(dir, p), text: readFileSync(p, 'utf8'), mode: st.mode & 0o777 });
    }
  };
  walk(dir);
  return out;
}
