import type { SeenBy, ServerRow } from './server-rows.js';

/**
 * Where a profile's servers live, as far as telling one server from another goes: the Nova
 * endpoint its client calls (main's `clouds.computeVersion`, one spelling per URL) and the
 * project of its token. Undefined while either is unknown: such rows are never merged.
 *
 * The rule: two rows are one server when their profiles have the same scope and the server
 * has the same id. A server id is a UUID, unique within one Nova, so the endpoint and the id
 * would tell the server apart already; the project is in the scope all the same, so that two
 * profiles in different projects never merge. With a catalog URL ending in the project id
 * (`%(tenant_id)s` templates) the project is already part of the endpoint; without one it is
 * not, and an admin listing another project's servers (`all_tenants`, a project filter)
 * would merge with that project's own profiles. That row stays its own: a merged row acts
 * through its first profile, and an admin's rights (acting on a locked server, say) must not
 * stand in for the project member's the user meant. A Nova reached by two spellings (a name
 * and an address, public and internal URLs) stays two rows: only what is certainly the same
 * server is shown once.
 */
export function serverScope(v: { endpoint: string; projectId?: string | undefined }): string | undefined {
  return v.projectId ? `${v.endpoint} ${v.projectId}` : undefined;
}

/**
 * One row per server when several profiles in view see the same one (see `serverScope`).
 * Rows come in profile order, so the first profile's row is kept: its cloud is the one the
 * row's actions go through and its key the one selection, progress and errors use. The row
 * names every profile that sees it (`seenBy`) and the quick filter finds it by any of them.
 * Rows without a duplicate are returned as they are.
 */
export function mergeSameServers(rows: readonly ServerRow[], scopeOf: (cloud: string) => string | undefined): ServerRow[] {
  const out: ServerRow[] = [];
  const at = new Map<string, number>();
  for (const r of rows) {
    const scope = scopeOf(r.cloud);
    const same = scope === undefined ? undefined : `${scope}\n${r.server.id}`;
    const i = same === undefined ? undefined : at.get(same);
    if (i === undefined) {
      if (same !== undefined) at.set(same, out.length);
      out.push(r);
      continue;
    }
    const kept = out[i]!;
    out[i] = {
      ...kept,
      seenBy: [...seenBy(kept), { cloud: r.cloud, cloudName: r.cloudName }],
      haystack: `${kept.haystack}\n${r.cloudName.toLowerCase()}`,
    };
  }
  return out;
}

/** Every profile that sees the row, the acting one first. */
export function seenBy(r: ServerRow): readonly SeenBy[] {
  return r.seenBy ?? [{ cloud: r.cloud, cloudName: r.cloudName }];
}

/** What the Cloud column shows, sorts, filters and exports: "dev, dev-copy, admin". */
export function cloudNames(r: ServerRow): string {
  return seenBy(r)
    .map((s) => s.cloudName)
    .join(', ');
}
