import type { SecurityGroup } from '../../../../shared/domain/security-group.js';

export type GroupMark = 'default' | 'shared' | undefined;

/**
 * Which groups are the project's default and which another project shares with this one.
 * The project is the default group's: Neutron makes one per project, and lists it to its own
 * project (an admin sees every project's, so nothing is called shared when there are several).
 */
export function groupMarks(groups: readonly SecurityGroup[]): Map<string, GroupMark> {
  const defaults = groups.filter((g) => g.name === 'default');
  const own = defaults.length === 1 ? defaults[0]!.projectId : undefined;
  const markOf = (g: SecurityGroup): GroupMark => (g.name === 'default' ? 'default' : own && g.projectId !== own ? 'shared' : undefined);
  return new Map(groups.map((g) => [g.id, markOf(g)]));
}
