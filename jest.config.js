/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  clearMocks: true,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary']
}
