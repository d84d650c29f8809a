/** Neutron operations. */
export const networkOps = {} as const;
