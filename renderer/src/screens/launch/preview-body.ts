import { composeServerCreateBody, type NovaServerCreateBody } from '../../../../shared/compute/server-create-body.js';
import type { ServerCreateProblem } from '../../../../shared/compute/problems.js';
import type { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';

/**
 * The `POST /servers` request main will send for a request and microversion, shown before the
 * user presses Launch. The body comes from the very builder main sends with
 * (shared/compute/server-create-body.ts), secrets replaced by markers; where main would refuse,
 * the problems are listed instead, so the preview stays visible while the form is filled in.
 */

export { HIDDEN } from '../../../../shared/compute/server-create-body.js';
export type PreviewProblem = ServerCreateProblem;

export interface RequestPreview {
  method: 'POST';
  path: '/servers';
  microversion: string;
  headers: Record<string, string>;
  body: NovaServerCreateBody;
  problems: PreviewProblem[];
}

export function previewBody(request: ServerCreateRequest, microversion: string): RequestPreview {
  const { body, problems } = composeServerCreateBody(request, microversion, { hideSecrets: true });
  return {
    method: 'POST',
    path: '/servers',
    microversion,
    // both headers, as keystoneauth sends them: the legacy one for clouds older than 2.27
    headers: { 'OpenStack-API-Version': `compute ${microversion}`, 'X-OpenStack-Nova-API-Version': microversion },
    body,
    problems,
  };
}
