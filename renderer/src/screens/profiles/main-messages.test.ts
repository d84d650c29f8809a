import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import { importProblemText, secretNoticeText } from './main-messages.js';

const zh = i18n.getFixedT('zh-CN');

describe("main's English messages on the profiles screen, in Chinese", () => {
  it('translates the keychain notice', () => {
    const notice = 'No keyring service (GNOME Keyring or KWallet) was found, only unprotected storage (basic_text). Secrets are kept for this run only and will be asked for again after a restart.';
    expect(secretNoticeText(zh, notice)).toBe('未找到密钥环服务（GNOME Keyring 或 KWallet），只有不受保护的存储（basic_text）。');
  });

  it('translates import problems, without repeating the cloud name', () => {
    expect(importProblemText(zh, { cloud: 'lab', field: 'auth.auth_url', message: 'lab: auth.auth_url is missing' })).toBe('缺少 auth.auth_url。');
    expect(importProblemText(zh, { message: 'no clouds.yaml was found in the openstacksdk search path' })).toBe('在 openstacksdk 搜索路径中未找到 clouds.yaml。');
    expect(importProblemText(zh, { cloud: 'old', field: 'identity_api_version', message: 'old: Keystone v2 is not supported; Novadesk speaks Identity v3' })).toMatch(/^不支持 Keystone v2/);
  });

  it('shows an unknown message as it came', () => {
    expect(importProblemText(zh, { message: 'something new' })).toBe('something new');
  });
});
