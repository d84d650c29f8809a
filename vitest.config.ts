import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // e2e/packaging: electron-builder with a stand-in Electron, no cloud needed, so it runs
          // with the unit tests and inside `npm test` (a package that cannot start must fail there)
          include: ['scripts/**/*.test.mjs', 'bench/**/*.test.ts', 'main/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'e2e/packaging/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['main/**/*.int.test.ts', 'e2e/integration/**/*.int.test.ts', 'e2e/reliability/**/*.int.test.ts'],
          // The cloud is one small machine: files run one after another so that
          // a slow build in one file does not time out another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
