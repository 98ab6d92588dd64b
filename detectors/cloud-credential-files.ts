import { defineFileDetector } from '../src/file-detector';
import { isCredentialValue } from '../src/validators/credential-value';

// Credential files written by cloud CLIs (aws, gcloud, az, kubectl, terraform, docker). Their
// tokens mostly have formats the content detectors know (AKIA…, ya29., 1//, .atlasv1., JWTs): on
// such a line the content finding stands alone. These detectors report what is left: a value only
// a generic detector matched (it gives way to the more precise name here), one with no known
// format, or a line added without the context a content detector needs (an `auth` line without
// its `"auths"` block). The binary token databases are reported whole.

const credential = (minLength: number) => (value: string) => isCredentialValue(value, minLength);

export const awsCredentialsFile = defineFileDetector({
  id: 'aws-credentials-file',
  provider: 'AWS',
  title: 'Secret key or session token in an AWS credentials file',
  severity: 'critical',
  // INI profiles with aws_secret_access_key / aws_session_token.
  // https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html
  paths: ['**/.aws/credentials', '**/.aws/config', '**/credentials'],
  content: {
    pattern: String.raw`(?im)^[ \t]*aws_(?:secret_access_key|session_token|security_token)[ \t]*=[ \t]*(\S+)`,
    validate: credential(8),
  },
  remediation: 'Deactivate the access key in IAM (Users → Security credentials), create a new one, and use aws sso / a credential process instead of a committed file.',
  examples: {
    positive: [
      { path: '.aws/credentials', content: '[default]\naws_access_key_id = AKIAQ3EGRZ7XK5NUMB2P\naws_secret_access_key = 5BHM5qGRVnLlLDccO6hWSa57cVPBFj\n' }, // cut short: only generic-secret sees it
      { path: 'ci/aws/credentials', content: '[minio]\naws_access_key_id = minio-ci\naws_secret_access_key = orchard-minio-2024\n' },
      { path: 'home/.aws/config', content: '[profile legacy]\naws_security_token = ibx1B5qqm8HNIHJTaQWc2118y0OQdeXE\n' },
    ],
    negative: [
      { path: '.aws/credentials', content: '[default]\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n' },
      { path: '.aws/credentials', content: '[localstack]\naws_access_key_id = test\naws_secret_access_key = test\n' },
      { path: '.aws/config', content: '[profile dev]\nregion = eu-west-1\ncredential_process = aws-vault exec dev --json\n' },
      { path: '.aws/credentials', content: '[default]\naws_secret_access_key = RLL/7DDViPyIZsJI7f/H2vBy90XBfFP09PBbcXPx\n' }, // aws-secret-access-key reports it; not twice
    ],
  },
});

export const gcloudCredentialsFile = defineFileDetector({
  id: 'gcloud-credentials-file',
  provider: 'Google Cloud',
  title: 'gcloud application default credentials (refresh token) staged',
  severity: 'critical',
  // `gcloud auth application-default login` writes a refresh token here; service-account keys
  // (`private_key`) are gcp-service-account-key's. https://cloud.google.com/docs/authentication/application-default-credentials
  paths: ['**/application_default_credentials.json', '**/gcloud/legacy_credentials/**/adc.json'],
  content: { pattern: String.raw`"(?:refresh_token|access_token)"\s*:\s*"([^"\n]+)"`, validate: credential(20), identity: 'file' },
  remediation: 'Run `gcloud auth application-default revoke` (or revoke the grant at myaccount.google.com/permissions) and log in again; never commit ~/.config/gcloud.',
  examples: {
    positive: [
      { path: '.config/gcloud/application_default_credentials.json', content: '{\n  "account": "",\n  "client_id": "32555940559.apps.googleusercontent.com",\n  "refresh_token": "WdZhPpmTs-KDzJYhHjTbFkk75Nb6V8D401mjf2D6BjE",\n  "type": "authorized_user"\n}\n' },
      { path: 'ci/application_default_credentials.json', content: '{"type": "impersonated_service_account", "source_credentials": {"refresh_token": "NzbLapb8LusL1EdguHXMRpNFgFIeoJESAIxZvtgQGB2RTedzOhVUMg", "type": "authorized_user"}}\n' },
      { path: 'home/.config/gcloud/legacy_credentials/ops@acme-corp.io/adc.json', content: '{\n  "refresh_token": "ibx1B5qqm8HNIHJTaQWc2118y0OQdeXE-a7",\n  "type": "authorized_user"\n}\n' },
    ],
    negative: [
      { path: 'application_default_credentials.json', content: '{"type": "external_account", "credential_source": {"file": "/var/run/token"}}\n' },
      { path: 'application_default_credentials.json', content: '{"refresh_token": "<refresh token>", "type": "authorized_user"}\n' },
      { path: 'docs/adc.json', content: '{"refresh_token": "WdZhPpmTs-KDzJYhHjTbFkk75Nb6V8D401mjf2D6BjE"}\n' }, // not the file
      { path: 'application_default_credentials.json', content: '{"refresh_token": "1//0PWN68I4OHPfdfudsa9F0rjWokOtO6CTCUDLiqZVMmyoMR7sLhocG7K0TNAuLJHtd8MsltY4Or8ats8MM2Gm2gBZbZD1aaQ", "type": "authorized_user"}\n' }, // google-oauth-refresh-token's
    ],
  },
});

export const gcloudCredentialDb = defineFileDetector({
  id: 'gcloud-credential-db',
  provider: 'Google Cloud',
  title: 'gcloud credential database (credentials.db, access_tokens.db) staged',
  severity: 'critical',
  // SQLite files in ~/.config/gcloud holding every logged-in account's refresh and access tokens.
  // https://cloud.google.com/sdk/docs/configurations
  paths: ['**/credentials.db', '**/access_tokens.db'],
  binary: true,
  remediation: 'Run `gcloud auth revoke --all` on the machine it came from (or revoke at myaccount.google.com/permissions) and log in again.',
  examples: {
    positive: [
      { path: '.config/gcloud/credentials.db', content: Buffer.from('53514c69746520666f726d617420330010000101004020200000000a0000000200000000', 'hex') },
      { path: 'backup/gcloud/access_tokens.db', content: Buffer.from('53514c69746520666f726d61742033001000010100402020000000070000000300000000', 'hex') },
      { path: 'credentials.db', content: Buffer.from('53514c69746520666f726d6174203300100001010040202000000003', 'hex') },
    ],
    negative: [
      { path: 'credentials.db', content: 'not a database\n' }, // text
      { path: 'data/users.db', content: Buffer.from('53514c69746520666f726d617420330010000101', 'hex') },
      { path: 'credentials.db.md', content: Buffer.from('53514c69746520666f726d617420330010000101', 'hex') },
    ],
  },
});

export const azureTokenCacheFile = defineFileDetector({
  id: 'azure-token-cache-file',
  provider: 'Azure',
  title: 'Azure CLI token cache or service principal file staged',
  severity: 'critical',
  // ~/.azure/msal_token_cache.json (MSAL `secret` fields), accessTokens.json (older CLIs),
  // service_principal_entries.json (client secrets). https://learn.microsoft.com/en-us/cli/azure/msal-based-azure-cli
  paths: ['**/accessTokens.json', '**/msal_token_cache.json', '**/service_principal_entries.json', '**/msal_token_cache.bin'],
  binary: true, // msal_token_cache.bin is the encrypted form; still tokens of the account
  content: {
    pattern: String.raw`"(?:accessToken|refreshToken|secret|client_secret)"\s*:\s*"([^"\n]+)"`,
    validate: credential(20),
    identity: 'file',
  },
  remediation: 'Run `az logout` and revoke the sessions (Entra ID → Users → Revoke sessions), or rotate the service principal secret; never commit ~/.azure.',
  examples: {
    positive: [
      { path: '.azure/msal_token_cache.json', content: '{\n  "RefreshToken": {\n    "key": {\n      "credential_type": "RefreshToken",\n      "secret": "0.A-mqwil32d1GD4DQjn0y6kQcOMiq9ol07Xll2Xhmxr5VeXJ_7J1qZMGqpHZQrirwsP_bufkhfeF1X8PVule7oiNiZUarZGaWAJJMsR_3v5u1228ceuaxZl4DtHsyPWp1JCFuUeS6ZJyEufYiUZZlD21fg6EE5j-_W"\n    }\n  }\n}\n' },
      { path: 'home/.azure/accessTokens.json', content: '[{"tokenType": "Bearer", "refreshToken": "0.AXoA-ibx1B5qqm8HNIHJTaQWc2118y0OQdeXE", "userId": "ops@acme-corp.io"}]\n' },
      { path: '.azure/service_principal_entries.json', content: '[{"client_id": "c723649f-742f-428e-9d52-b4693c6d0af9", "client_secret": "Lemon~Tree-2024-orchard", "tenant": "acme"}]\n' },
    ],
    negative: [
      { path: '.azure/msal_token_cache.json', content: '{"AccessToken": {}, "RefreshToken": {}, "IdToken": {}, "Account": {}}\n' },
      { path: '.azure/accessTokens.json', content: '[{"refreshToken": "<token>"}]\n' },
      { path: '.azure/azureProfile.json', content: '{"subscriptions": [{"id": "c723649f-742f-428e-9d52-b4693c6d0af9", "user": {"name": "ops@acme-corp.io"}}]}\n' },
    ],
  },
});

export const kubeconfigCredential = defineFileDetector({
  id: 'kubeconfig-credential',
  provider: 'Kubernetes',
  title: 'User credential in a kubeconfig',
  severity: 'critical',
  // users[].user: token, client-key-data, password, auth-provider tokens.
  // https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/#AuthInfo
  // Not `kubeconfig.py` / `kubeconfig.go`: code that writes kubeconfigs has `token: str` lines.
  paths: ['**/.kube/config', '**/kubeconfig{,.yaml,.yml,.json}', '**/kubeconfig[-_]*.{yaml,yml}', '**/*.kubeconfig', '**/kube[-_]config{,.yaml,.yml}'],
  content: {
    pattern: String.raw`(?m)^[ \t]*(?:token|client-key-data|password|access-token|id-token|refresh-token)[ \t]*:[ \t]*["']?([^\s"']+)`,
    validate: credential(6),
  },
  remediation: 'Revoke the credential on the cluster (delete the service-account token or rotate the user certificate / password), then issue a new kubeconfig.',
  examples: {
    positive: [
      { path: '.kube/config', content: 'users:\n- name: rancher\n  user:\n    token: kubeconfig-u-hlehqx52:FsdnPHrcJmO0bnYNIAQ4WT2AiPGdUe2P7CAOAW1v2pnMy7Yr\n' },
      { path: 'deploy/kubeconfig.yaml', content: 'users:\n- name: admin\n  user:\n    username: admin\n    password: tulips-k8s-99\n' },
      { path: 'clusters/staging.kubeconfig', content: 'users:\n- name: ci\n  user:\n    token: "ibx1B5qqm8HNIHJTaQWc2118y0OQdeXE"\n' },
    ],
    negative: [
      { path: '.kube/config', content: 'users:\n- name: eks\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n' },
      { path: 'kubeconfig', content: 'users:\n- name: ci\n  user:\n    token: ${KUBE_TOKEN}\n    client-certificate-data: WdZhPpmTs-KDzJYhHjTbFkk75Nb6V8D401mjf2D6BjE\n' },
      { path: 'k8s/deployment.yaml', content: 'env:\n- name: X\n  token: tulips-k8s-99\n' }, // not a kubeconfig
      { path: 'cli/kubeconfig.py', content: 'class User:\n    token: Optional[str] = None\n' }, // code, not a kubeconfig
    ],
  },
});

export const terraformCredentialsFile = defineFileDetector({
  id: 'terraform-credentials-file',
  provider: 'Terraform',
  title: 'API token in credentials.tfrc.json / .terraformrc',
  severity: 'critical',
  // `terraform login` writes credentials.tfrc.json; .terraformrc has `credentials "host" { token = "…" }`.
  // https://developer.hashicorp.com/terraform/cli/config/config-file#credentials
  paths: ['**/credentials.tfrc.json', '**/.terraformrc', '**/terraform.rc'],
  content: { pattern: String.raw`"token"\s*:\s*"([^"\n]+)"|\btoken\s*=\s*"([^"\n]+)"`, validate: credential(8) },
  remediation: 'Revoke the token in HCP Terraform / Terraform Enterprise (User settings → Tokens) and run `terraform login` again.',
  examples: {
    positive: [
      { path: '.terraform.d/credentials.tfrc.json', content: '{\n  "credentials": {\n    "tfe.acme-corp.io": {\n      "token": "ibx1B5qqm8HNIHJTaQWc2118y0OQdeXE"\n    }\n  }\n}\n' },
      { path: '.terraformrc', content: 'credentials "tfe.acme-corp.io" {\n  token = "orchard-tfe-2024"\n}\n' },
      { path: 'ci/terraform.rc', content: 'credentials "app.terraform.io" { token = "NzbLapb8LusL1EdguHXMRpNFgFIeoJESAIxZvtgQGB2RTedzOhVUMg" }\n' },
    ],
    negative: [
      { path: '.terraformrc', content: 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n' },
      { path: 'credentials.tfrc.json', content: '{"credentials": {"app.terraform.io": {"token": "<token>"}}}\n' },
      { path: 'main.tf', content: 'provider "x" {\n  token = "orchard-tfe-2024"\n}\n' }, // not the file
    ],
  },
});

export const dockerConfigFile = defineFileDetector({
  id: 'docker-config-file-auth',
  provider: 'Docker',
  title: 'Registry credential in a Docker config.json / .dockercfg',
  severity: 'high',
  // `auths.<registry>.auth` (base64 user:password), `identitytoken`, `registrytoken`.
  // https://docs.docker.com/reference/cli/docker/login/#credential-stores
  paths: ['**/.docker/config.json', '**/.dockercfg'],
  content: { pattern: String.raw`"(?:auth|identitytoken|registrytoken)"\s*:\s*"([^"\n]+)"`, validate: credential(8) },
  remediation: 'Change the registry password or revoke the token, run `docker logout`, and use a credential helper (credsStore) instead.',
  examples: {
    positive: [
      { path: '.docker/config.json', content: '      "auth": "Y2ktYm90Omh1bnRlcjIy"\n' }, // only the changed line is added
      { path: 'ci/.docker/config.json', content: '{\n  "auths": {\n    "registry.acme-corp.io": {\n      "identitytoken": "ibx1B5qqm8HNIHJTaQWc2118y0OQdeXE"\n    }\n  }\n}\n' },
      { path: 'home/.dockercfg', content: '{"registry.acme-corp.io": {"auth": "ZGVwbG95Om9yY2hhcmQtNw==", "email": "ops@acme-corp.io"}}\n' },
    ],
    negative: [
      { path: '.docker/config.json', content: '{\n  "auths": {\n    "ghcr.io": {}\n  },\n  "credsStore": "desktop"\n}\n' },
      { path: '.docker/config.json', content: '{"auths": {"ghcr.io": {"auth": "${DOCKER_AUTH}"}}}\n' },
      { path: 'docs/config.json', content: '{"auth": "Y2ktYm90Omh1bnRlcjIy"}\n' }, // not the file
    ],
  },
});

export const cloudCredentialFileDetectors = [
  awsCredentialsFile,
  gcloudCredentialsFile,
  gcloudCredentialDb,
  azureTokenCacheFile,
  kubeconfigCredential,
  terraformCredentialsFile,
  dockerConfigFile,
];
