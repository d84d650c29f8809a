/** The soft policies need compute 2.15. */
export const SERVER_GROUP_POLICIES = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'] as const;

export type ServerGroupPolicy = (typeof SERVER_GROUP_POLICIES)[number];

export interface ServerGroup {
  id: string;
  name: string;
  /** A string, not the union: a policy a newer Nova adds must still display. */
  policy: string;
  /** The only rule Nova has: anti-affinity with at most this many members per host (2.64+). */
  maxServerPerHost: number | undefined;
  /** Server ids. */
  members: string[];
  /** Reported from 2.13. */
  projectId: string | undefined;
  userId: string | undefined;
}

