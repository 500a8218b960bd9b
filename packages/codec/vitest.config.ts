import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
<<<<<<< HEAD
    testTimeout: 60_000,
=======
>>>>>>> codec-fixtures
  },
});
