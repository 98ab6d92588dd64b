/** What a machine-readable report says about the tool that wrote it. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  /** Where users read about the tool (SARIF `informationUri`: an absolute URI). */
  readonly informationUri: string;
}

interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
}

/** Name and version from keyguard's own package.json (dist/src/report → the package root). */
export function toolInfo(): ToolInfo {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../../package.json') as PackageJson;
  return {
    name: pkg.name,
    version: pkg.version,
    // The npm page exists for every published version, so it is the fallback until package.json has a homepage.
    informationUri: pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`,
  };
}
