/** What a page itself fetched during a task: requests and bytes (headers and bodies, as received). */
import type { Page, Request } from '@playwright/test';

export interface PageTraffic {
  requests: number;
  bytes: number;
}

/** Counts from now; the returned function stops counting and totals (sizes are read once each request has finished). */
export function countPageTraffic(page: Page): () => Promise<PageTraffic> {
  const sizes: Array<Promise<number>> = [];
  const onFinished = (r: Request) => sizes.push(r.sizes().then((s) => s.responseHeadersSize + s.responseBodySize, () => 0));
  page.on('requestfinished', onFinished);
  return async () => {
    page.off('requestfinished', onFinished);
    const all = await Promise.all(sizes);
    return { requests: all.length, bytes: all.reduce((a, b) => a + b, 0) };
  };
}
