import type { ApplicationCredential } from '../../../shared/domain/application-credential.js';
import type { ApplicationCredentialCreateRequest } from '../../../shared/schemas/application-credential.js';
import { pathSegment } from '../service-client.js';
import type { Session } from '../session.js';
import { identityV3Url } from './auth-body.js';
import { buildApplicationCredentialBody, toApplicationCredential, type KeystoneApplicationCredential } from './application-credential-mapper.js';

/**
 * The token user's application credentials (`/v3/users/{user_id}/application_credentials`).
 * A credential is made for the token's project with the token's roles.
 */
export class ApplicationCredentialManager {
  constructor(private readonly session: Session) {}

  private async base(): Promise<string> {
    const token = await this.session.token();
    return `${identityV3Url(this.session.authUrl)}/users/${pathSegment(token.user.id)}/application_credentials`;
  }

  async list(): Promise<ApplicationCredential[]> {
    const res = await this.session.request({ service: 'identity', method: 'GET', url: await this.base() });
    const body = JSON.parse(res.text) as { application_credentials?: KeystoneApplicationCredential[] };
    return (body.application_credentials ?? []).map(toApplicationCredential).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The new credential and its secret, which Keystone shows this once. */
  async create(req: ApplicationCredentialCreateRequest): Promise<{ credential: ApplicationCredential; secret: string }> {
    const token = await this.session.token();
    const body = buildApplicationCredentialBody(req, token.roles);
    const res = await this.session.request({ service: 'identity', method: 'POST', url: await this.base(), body });
    const { application_credential: raw } = JSON.parse(res.text) as { application_credential: KeystoneApplicationCredential };
    return { credential: toApplicationCredential(raw), secret: raw.secret ?? '' };
  }

  async delete(id: string): Promise<void> {
    await this.session.request({ service: 'identity', method: 'DELETE', url: `${await this.base()}/${pathSegment(id)}` });
  }
}
