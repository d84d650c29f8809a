import { emptyDraft, type LaunchDraft } from './draft.js';
import { issuesByPath, launchSchema, type LaunchContext } from './launch-schema.js';

/** What the launch screen's tests share: a translate that shows the key and options, and a valid draft. */

// keys with their options, so a test can see which message and values were chosen
export const t = (key: string, o?: Record<string, unknown>) => (o ? `${key} ${JSON.stringify(o)}` : key);

export const NET = 'ec779aa7-c784-460e-97dd-344b24b0c260';

/** Image img-1 on flavor 42 with one NIC: valid unless `over` says otherwise. */
export const testDraft = (over: Partial<LaunchDraft> = {}): LaunchDraft => ({
  ...emptyDraft(),
  name: 'vm',
  imageRef: 'img-1',
  flavorRef: '42',
  networks: [{ kind: 'network', id: NET, v4FixedIp: '', v6FixedIp: '', tag: '' }],
  ...over,
});

/** The form's messages by draft path, in a context. */
export const issuesIn = (c: LaunchContext, d: LaunchDraft) => Object.fromEntries(issuesByPath(launchSchema(t, c), d));
