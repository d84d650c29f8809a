/** A Keystone application credential as Novadesk shows it; the secret is never part of it. */
export interface ApplicationCredential {
  id: string;
  name: string;
  description?: string;
  projectId: string;
  /** ISO time, or absent for one that never expires */
  expiresAt?: string;
  unrestricted: boolean;
  roles: string[];
}

/**
 * What creating one answers. The secret is shown once; when the profile was switched to the
 * credential it went into the profile's secret store instead and is not sent here at all.
 */
export interface ApplicationCredentialCreated {
  credential: ApplicationCredential;
  secret?: string;
  /** the profile now logs in with the credential (its password is gone) */
  profileSwitched: boolean;
}
