import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from './config';

interface TypeScriptApi {
  transpileModule(input: string, options: { compilerOptions: Record<string, unknown>; fileName?: string }): { outputText: string };
  ModuleKind: { CommonJS: number };
  ScriptTarget: { ES2022: number };
}

/**
 * Loads `keyguard.config.ts` / `.keyguardrc.ts` in memory: TypeScript (the project's own
 * `typescript` package) transpiles it to CommonJS, which runs as a module at the file's path, so
 * its relative imports resolve. cosmiconfig's loader instead writes a compiled copy next to the
 * file, and keyguard never writes to the work tree during a commit.
 */
export function loadTsConfig(file: string): unknown {
  const typescript = requireTypeScript(file);
  const source = readFileSync(file, 'utf8');
  const { outputText } = typescript.transpileModule(source, {
    compilerOptions: { module: typescript.ModuleKind.CommonJS, target: typescript.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file,
  });
  const module = new Module(file) as Module & { _compile(code: string, filename: string): void; paths: string[] };
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  module._compile(outputText, file);
  const exported = module.exports as { default?: unknown; __esModule?: boolean };
  return exported.__esModule === true || 'default' in Object(exported) ? exported.default : exported;
}

/** The repository's typescript first (its version, its settings), else the one next to keyguard. */
function requireTypeScript(file: string): TypeScriptApi {
  for (const from of [file, __filename]) {
    try {
      return createRequire(from)('typescript') as TypeScriptApi;
    } catch {
      // try the next place
    }
  }
  throw new ConfigError([
    { file: path.basename(file), key: '(file)', message: 'a TypeScript config needs the typescript package (npm install -D typescript), or use keyguard.config.js' },
  ]);
}
