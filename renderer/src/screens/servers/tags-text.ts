import { ServerTags } from '../../../../shared/schemas/server-actions.js';

/** Tags as typed (comma or new line between them), checked as Nova checks them; repeats dropped. */
export function parseTags(text: string): { tags: string[] } | { problem: string } {
  const tags = [...new Set(text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean))];
  const r = ServerTags.safeParse(tags);
  return r.success ? { tags: r.data } : { problem: r.error.issues[0]?.code === 'too_big' && r.error.issues[0].path.length === 0 ? 'tooManyTags' : 'tagInvalid' };
}

export const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
