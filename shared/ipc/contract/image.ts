/** Glance operations. */
export const imageOps = {} as const;
