import { scanText } from '../src/scan/scan-text';
import { fakeSecret, SEED_DETECTOR_IDS } from './helpers/fake-secrets';

// Recall where secrets are really written: every seeded detector's fake secret (generated now)
// in two dozen file contexts, through the real scan (scanText). A vendor key with its own format is
// found by its own detector wherever it sits; a value with no format of its own (an AWS secret key,
// a random secret or password) wherever it sits under its own name.

const envName = (id: string): string => id.toUpperCase().replace(/-/g, '_');

/** A context: the text around a secret assigned to `name`, and the file it is in. */
type Context = (name: string, secret: string) => { text: string; path: string };

const CONTEXTS: Record<string, Context> = {
  env: (name, secret) => ({ text: `${name}=${secret}\n`, path: '.env' }),
  'shell export': (name, secret) => ({ text: `export ${name}="${secret}"\n`, path: 'deploy.sh' }),
  json: (name, secret) => ({ text: `{\n  "name": "app",\n  "${name.toLowerCase()}": "${secret}"\n}\n`, path: 'config.json' }),
  yaml: (name, secret) => ({ text: `service:\n  name: app\n  ${name.toLowerCase()}: ${secret}\n`, path: 'values.yaml' }),
  'yaml quoted': (name, secret) => ({ text: `service:\n  ${name.toLowerCase()}: "${secret}"\n`, path: 'values.yml' }),
  python: (name, secret) => ({ text: `import os\n\n${name} = "${secret}"\nclient = Client(api_key=${name})\n`, path: 'settings.py' }),
  'python keyword argument': (_name, secret) => ({ text: `client = Client(api_key="${secret}")\n`, path: 'app.py' }),
  'js object': (_name, secret) => ({ text: `const config = {\n  apiKey: '${secret}',\n};\n`, path: 'config.js' }),
  'ts const': (name, secret) => ({ text: `export const ${name} = '${secret}';\n`, path: 'keys.ts' }),
  go: (_name, secret) => ({ text: `const token = "${secret}"\n`, path: 'main.go' }),
  'java properties': (name, secret) => ({ text: `app.${name.toLowerCase().replace(/_/g, '.')}=${secret}\n`, path: 'application.properties' }),
  'xml element': (name, secret) => ({ text: `<config>\n  <${name.toLowerCase()}>${secret}</${name.toLowerCase()}>\n</config>\n`, path: 'app.config' }),
  terraform: (name, secret) => ({ text: `provider "x" {\n  ${name.toLowerCase()} = "${secret}"\n}\n`, path: 'main.tf' }),
  dockerfile: (name, secret) => ({ text: `FROM node:20\nENV ${name}=${secret}\n`, path: 'Dockerfile' }),
  'compose environment': (name, secret) => ({ text: `services:\n  app:\n    environment:\n      - ${name}=${secret}\n`, path: 'docker-compose.yml' }),
  'curl bearer header': (_name, secret) => ({ text: `curl -H "Authorization: Bearer ${secret}" https://api.service.io/v1/me\n`, path: 'README.md' }),
  'markdown inline code': (_name, secret) => ({ text: `Use the key \`${secret}\` for testing.\n`, path: 'NOTES.md' }),
  'workflow env': (name, secret) => ({ text: `env:\n  ${name}: ${secret}\n`, path: '.github/workflows/ci.yml' }),
  ini: (name, secret) => ({ text: `[default]\n${name.toLowerCase()} = ${secret}\n`, path: 'config.ini' }),
  toml: (name, secret) => ({ text: `[auth]\n${name.toLowerCase()} = "${secret}"\n`, path: 'config.toml' }),
  php: (name, secret) => ({ text: `<?php\ndefine('${name}', '${secret}');\n`, path: 'config.php' }),
  ruby: (_name, secret) => ({ text: `Stripe.api_key = '${secret}'\n`, path: 'init.rb' }),
  'c# const': (_name, secret) => ({ text: `private const string ApiKey = "${secret}";\n`, path: 'Keys.cs' }),
  'url query': (_name, secret) => ({ text: `fetch("https://api.service.io/v1/data?api_key=${secret}")\n`, path: 'fetch.js' }),
};

/** Values without a format of their own: found under a secret name, by that name's detector. */
const NEEDS_A_NAME = new Set(['aws-secret-access-key', 'runpod-legacy-api-key', 'generic-secret', 'generic-password']);

describe('every seeded detector in every file context', () => {
  it('is found: a vendor format by its own detector, a formatless value under its own name', async () => {
    const failures: string[] = [];
    for (const id of SEED_DETECTOR_IDS) {
      for (const [contextName, context] of Object.entries(CONTEXTS)) {
        const label = `${id} @ ${contextName}`;
        // A formatless value is judged by the name it is under: only contexts that use its own name count
        // (under `apiKey`, a password or an AWS key is judged as an API key would be).
        if (NEEDS_A_NAME.has(id) && !context('SEED_NAME', 'value').text.toLowerCase().includes('seed')) continue;
        const { text, path } = context(envName(id), fakeSecret(id).secret);
        const rules = (await scanText(text, { path })).findings.map((finding) => finding.ruleId);
        const found = NEEDS_A_NAME.has(id) ? rules.length > 0 : rules.includes(id);
        if (!found) failures.push(`${label}: not found (rules: ${rules.join(', ') || 'none'})`);
      }
    }
    expect(failures).toEqual([]);
  });
});
