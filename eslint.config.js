// The import rules of DESIGN.md are enforced here: a wrong import fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const electronOnlyInShell = {
  regex: '^electron(/.*)?$',
  message: 'Only main/shell/electron/** may import electron (DESIGN.md, import rules).',
};
const noMainFromOutside = {
  regex: '(^|/)main(/|$)',
  message: 'main/** is the main process: shared and renderer must not import it.',
};
const noRendererFromOutside = {
  regex: '(^|/)renderer(/|$)',
  message: 'renderer/** may only be imported by itself.',
};

/** renderer/src/shell/ is the app's frame, on top: the screens, the kit, the stores and lib are below it */
const noShellFromBelow = {
  regex: '(^|/)shell(/|$)',
  message: 'renderer/src/shell/** is the frame around the screens: screens, kit, stores and lib never import it.',
};

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'reports/**', 'test-results/**', 'e2e/artifacts/**', '**/.build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{ts,tsx,js,mjs}'], rules: restrict(electronOnlyInShell) },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      noMainFromOutside,
      noRendererFromOutside,
      { regex: '^(?!\\.{1,2}/|zod$)', message: 'shared/** is pure TS: it imports only shared/** and zod.' },
    ),
  },
  {
    // tests of shared code may also use the test runner
    files: ['shared/**/*.test.ts'],
    rules: restrict(noMainFromOutside, noRendererFromOutside, {
      regex: '^(?!\\.{1,2}/|zod$|vitest$)',
      message: 'shared/** is pure TS: it imports only shared/** and zod.',
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(electronOnlyInShell, noMainFromOutside, {
      regex: '^(node:|undici$|conf$|electron-store$)',
      message: 'The renderer runs in a sandboxed page: no Node modules.',
    }),
  },
  {
    // the kit is below the screens: screens are built from it, never the other way
    files: ['renderer/src/kit/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      electronOnlyInShell,
      noMainFromOutside,
      { regex: '^(node:|undici$|conf$|electron-store$)', message: 'The renderer runs in a sandboxed page: no Node modules.' },
      { regex: '(^|/)screens(/|$)', message: 'renderer/src/kit/** never imports a screen: screens import the kit.' },
      noShellFromBelow,
    ),
  },
  {
    // stores are below the screens: no store imports a screen module
    files: ['renderer/src/stores/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      electronOnlyInShell,
      noMainFromOutside,
      { regex: '^(node:|undici$|conf$|electron-store$)', message: 'The renderer runs in a sandboxed page: no Node modules.' },
      { regex: '(^|/)screens(/|$)', message: 'renderer/src/stores/** never imports a screen: screens import the stores.' },
      noShellFromBelow,
    ),
  },
  {
    // the screens are below the app's frame (shell/: navigation, palette, switcher), which shows them
    files: ['renderer/src/screens/**/*.{ts,tsx}', 'renderer/src/lib/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      electronOnlyInShell,
      noMainFromOutside,
      { regex: '^(node:|undici$|conf$|electron-store$)', message: 'The renderer runs in a sandboxed page: no Node modules.' },
      noShellFromBelow,
    ),
  },
  {
    // the layers below the IPC router and the shells: they are used by those, never the other way
    files: ['main/openstack/**/*.ts', 'main/clouds/**/*.ts', 'main/profiles/**/*.ts'],
    rules: restrict(
      electronOnlyInShell,
      {
        regex: '(^|/)shell(/|$)',
        message: 'main/openstack, main/clouds and main/profiles never import main/shell/** (DESIGN.md decision 5).',
      },
      {
        // main/ipc only: shared/ipc (the contract, ids) is below every layer
        regex: '^(\\.\\./)+(main/)?ipc(/|$)',
        message: 'main/openstack, main/clouds and main/profiles never import main/ipc/**: the router calls them.',
      },
    ),
  },
  { files: ['main/shell/electron/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
);
