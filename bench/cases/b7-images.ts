/**
 * B7 images: upload and download throughput of one generated file, Novadesk's streamed
 * transfer (hashing as it goes, checked against Glance's os_hash_value) next to
 * `openstack image create --file` and `openstack image save`, alternately, on the same file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFile } from '../../e2e/support/generated-file.js';
import type { BenchContext } from '../context.js';
import { alternate, fmtMs, fmtX, med, ratio, spread, timed, type CaseResult, type Contender } from '../harness.js';
import { openstack } from '../reference.js';

const MiB = 1024 * 1024;
export const B7_PREFIX = 'nd-bench-img';


const mbps = (bytes: number, ms: number) => bytes / MiB / (ms / 1000);

export async function b7Images(ctx: BenchContext, sizeMiB = 512): Promise<CaseResult> {
  const client = ctx.demo;
  const size = sizeMiB * MiB;
  const dir = await mkdtemp(join(tmpdir(), 'nd-bench-img-'));
  const src = join(dir, 'disk.raw');
  const dest = join(dir, 'back.raw');
  let n = 0;
  const name = () => `${B7_PREFIX}-${process.pid}-${n++}`;
  const removeByName = async (image: string) => {
    for (const img of await client.images.list({ name: image })) await client.images.delete(img.id);
  };
  try {
    await generateFile(src, size);
    const request = { diskFormat: 'raw' as const, containerFormat: 'bare' as const, visibility: 'private' as const };
    const up: Contender[] = [
      {
        name: 'novadesk',
        run: async () => {
          const image = name();
          const m = await timed(() => client.images.upload({ ...request, name: image }, src));
          await removeByName(image);
          return m;
        },
      },
      {
        name: 'openstack',
        run: async () => {
          const image = name();
          const ms = await openstack('local-demo', ['image', 'create', '--file', src, '--disk-format', 'raw', '--container-format', 'bare', '--private', image]);
          await removeByName(image);
          return { ms };
        },
      },
    ];
    const ups = await alternate(up, { rounds: ctx.rounds(3) });

    const kept = await client.images.upload({ ...request, name: name() }, src);
    const down: Contender[] = [
      {
        name: 'novadesk',
        run: async () => {
          const m = await timed(() => client.images.download(kept.id, dest));
          await rm(dest, { force: true });
          return m;
        },
      },
      {
        name: 'openstack',
        run: async () => {
          const ms = await openstack('local-demo', ['image', 'save', '--file', dest, kept.id]);
          await rm(dest, { force: true });
          return { ms };
        },
      },
    ];
    const downs = await alternate(down, { rounds: ctx.rounds(3) });
    await client.images.delete(kept.id);

    const [ndUp, osUp, ndDown, osDown] = [med(ups, 'novadesk'), med(ups, 'openstack'), med(downs, 'novadesk'), med(downs, 'openstack')];
    const row = (contender: string, ms: number, samples: typeof ups, who: string, detail: string) => ({
      contender,
      median: `${fmtMs(ms)} (${mbps(size, ms).toFixed(0)} MiB/s)`,
      spread: spread(samples, who),
      detail,
    });
    return {
      name: `B7 images (${sizeMiB} MiB)`,
      rows: [
        row('novadesk upload (create + PUT /file, sha512 checked)', ndUp, ups, 'novadesk', `${fmtX(ratio(osUp, ndUp))} faster than openstack`),
        row('openstack image create --file', osUp, ups, 'openstack', 'Python start, login, create, upload'),
        row('novadesk download (to .part, sha512 checked, renamed)', ndDown, downs, 'novadesk', `${fmtX(ratio(osDown, ndDown))} faster than openstack`),
        row('openstack image save', osDown, downs, 'openstack', 'Python start, login, download'),
      ],
      goals: [],
      notes: [
        `Both sides move the same ${sizeMiB} MiB through the same Glance (file store on the same disk), so most of either time is Glance writing or reading its store; ` +
          `openstack adds its Python start and a login (a few hundred ms) to each. Novadesk hashes with sha512 while it streams and compares with Glance's os_hash_value; ` +
          `deleting each uploaded image is outside the timing; the download's time includes the rename after the check.`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
