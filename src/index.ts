/** keyguard's programmatic API. */
export { scanStaged } from './scan/scan-staged';
export type { ScanOptions, ScanResult, SkippedFile } from './scan/scan-staged';
export type { Finding } from './finding';
export type { Detector, Severity } from './detector';
export { defineDetector } from './detector';
export { run } from './cli/run';
