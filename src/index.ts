/** keyguard's programmatic API. */
export { scanStaged } from './scan/scan-staged';
export type { ScanMode, ScanOptions, ScanResult, SkippedFile } from './scan/scan-staged';
export { scanText } from './scan/scan-text';
export type { TextScanOptions } from './scan/scan-text';
export { scanRange } from './scan/scan-range';
export type { RangeScanOptions } from './scan/scan-range';
export type { RangeSpec } from './git/range';
export { scanTree } from './scan/scan-tree';
export type { TreeScanOptions } from './scan/scan-tree';
export type { ScanAllowedCounts } from './scan/scan-tally';
export type { Finding } from './finding';
export type { Detector, Severity } from './detector';
export { defineDetector } from './detector';
export { run } from './cli/run';
export type { KeyguardConfig, EntropyThresholds, AllowedValuesConfig, ConfigProblem } from './config/config';
export { ConfigError } from './config/config';
