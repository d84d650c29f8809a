import { z } from 'zod';
import type { LogEntry } from '../../log.js';
import {
  ExportInput,
  ImportApplyInput,
  Passcode,
  ProfileSaveInput,
  ProfileSecretInput,
  TestConnectionInput,
  type CloudStatus,
  type ConnectionReport,
  type ImportApplied,
  type ImportScanView,
  type ProfileView,
  type SecretStorageInfo,
  type StoreProblem,
} from '../../schemas/profile.js';
import { CloudId, ProfileId } from '../ids.js';
import { op } from '../op.js';

const Empty = z.object({}).strict();
const ById = z.object({ id: ProfileId }).strict();
const YamlFile = z.object({ name: z.string().min(1).max(255), text: z.string().max(2_000_000) }).strict();

/** Profiles, clouds and the request log: the app's own operations. */
export const appOps = {
  'profiles.list': op(Empty)<ProfileView[]>(),
  'profiles.get': op(ById)<ProfileView>(),
  'profiles.save': op(ProfileSaveInput)<ProfileView>(),
  'profiles.remove': op(ById)<null>(),
  'profiles.setSecret': op(ProfileSecretInput)<ProfileView>(),
  'profiles.forgetSecret': op(ById)<ProfileView>(),
  'profiles.problems': op(Empty)<StoreProblem[]>(),
  'profiles.secretStorage': op(Empty)<SecretStorageInfo>(),
  'profiles.testConnection': op(TestConnectionInput)<ConnectionReport>(),
  /** the standard openstacksdk places, or files the user picked */
  'profiles.scanImport': op(
    z.discriminatedUnion('source', [
      z.object({ source: z.literal('standard') }).strict(),
      z.object({ source: z.literal('files'), clouds: YamlFile, secure: YamlFile.optional() }).strict(),
    ]),
  )<ImportScanView>(),
  'profiles.applyImport': op(ImportApplyInput)<ImportApplied>(),
  'profiles.exportCloudsYaml': op(ExportInput)<string>(),

  'clouds.statuses': op(Empty)<CloudStatus[]>(),
  'clouds.connect': op(z.object({ cloud: CloudId }).strict())<CloudStatus>(),
  /** logs the cloud in with the TOTP passcode the user typed (used once, never stored) */
  'clouds.passcode': op(z.object({ cloud: CloudId, passcode: Passcode }).strict())<CloudStatus>(),

  'log.list': op(z.object({ cloud: CloudId.optional(), sinceSeq: z.number().int().min(0).optional() }).strict())<LogEntry[]>(),
  'log.clear': op(Empty)<null>(),
} as const;
