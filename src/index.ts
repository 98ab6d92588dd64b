/** keyguard's programmatic API. */
export { scanStaged } from './scan/scan-staged';
export type { ScanOptions, ScanResult, SkippedFile } from './scan/scan-staged';
export type { Finding } from './finding';
export type { Detector, Severity } from './detector';
export { defineDetector } from './detector';
export { run } from './cli/run';
export type { KeyguardConfig, EntropyThresholds, AllowedValuesConfig, ConfigProblem } from './config/config';
export { ConfigError } from './config/config';
