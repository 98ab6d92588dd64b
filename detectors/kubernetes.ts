import { defineDetector } from '../src/detector';
import { shannonEntropy } from '../src/scan/entropy';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// A `kind: Secret` manifest stores values base64-encoded under `data:` (encoding, not encryption).
// https://kubernetes.io/docs/concepts/configuration/secret/ ; `stringData:` holds plain text and is
// left to the generic detectors. The first `data:` entry is reported; kind and data come in either order.
const REMEDIATION = 'Rotate the credentials stored in the Secret, and commit a SealedSecret / ExternalSecret / SOPS-encrypted file instead of the plain manifest.';

/** The value decodes to something secret-like: a plausible password, or long random/binary data. */
function isSecretData(encoded: string): boolean {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8').replace(/\s+$/, '');
  if (decoded.length < 6) return false;
  if (/^[\x20-\x7e]+$/.test(decoded) && decoded.length < 40) return isPlausiblePassword(decoded) && shannonEntropy(decoded) >= 2.5;
  return shannonEntropy(encoded) >= 3.5;
}

// One `key: value` entry, allowing a comment line before it and `|` / `>` block scalars.
const DATA_ENTRY = String.raw`data:[ \t]*\r?\n(?:[ \t]*#[^\n]*\n)?[ \t]+["']?[\w.-]{1,100}["']?:[ \t]*(?:[>|][-+]?[ \t]*\r?\n[ \t]+)?["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*(?:\r?\n|$)`;
const KIND_SECRET = String.raw`kind:[ \t]*["']?[Ss]ecret["']?[ \t]*(?:\r?\n|$)`;

export const kubernetesSecret = defineDetector({
  id: 'kubernetes-secret',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with data',
  severity: 'high',
  keywords: ['kind: secret', "kind: 'secret'", 'kind: "secret"'],
  pattern: String.raw`\b${KIND_SECRET}(?:[^\n]*\n){0,30}?[ \t]*${DATA_ENTRY}`,
  validate: isSecretData,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-user-pass\ntype: Opaque\ndata:\n  password: Ums4I3FUMnZMbTkh\n', path: 'k8s/db-secret.yaml' },
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: |\n    eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLWNvcnAuaW8iOnsiYXV0aCI6IlkyazZTblEyVjNFNVRHMHlVblk0In19fQ==\n',
      "apiVersion: 'v1'\nkind: 'Secret'\ndata:\n\ttoken: 'djdZcDNRelc4bkx4NEs='\nmetadata:\n\tname: 'api'\n",
    ],
    negative: [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: auth\ntype: Opaque\ndata:\n  htpasswd: ""\n',
      'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n',
      'apiVersion: v1\nkind: Secret\ndata:\n  password: cGFzc3dvcmQ=\n', // "password"
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZHVjdGlvbi1tb2Rl\n',
    ],
  },
});

export const kubernetesSecretDataFirst = defineDetector({
  id: 'kubernetes-secret-data-first',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with data (data before kind)',
  severity: 'high',
  keywords: ['kind: secret', "kind: 'secret'", 'kind: "secret"'],
  pattern: String.raw`(?:^|\n)[ \t]*${DATA_ENTRY}(?:[^\n]*\n){0,30}?[ \t]*${KIND_SECRET}`,
  validate: isSecretData,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'apiVersion: v1\ndata:\n  password: Ums4I3FUMnZMbTkh\n  username: YWRtaW4=\nkind: Secret\nmetadata:\n  name: db\n', path: 'secret.yaml' },
      'apiVersion: "v1"\ndata:\n\textra: "djdZcDNRelc4bkx4NEs="\nkind: "Secret"\nmetadata:\n\tname: "sa"\n',
      'apiVersion: v1\ndata:\n  .dockercfg: >\n    eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLWNvcnAuaW8iOnsiYXV0aCI6IlkyazZTblEyVjNFNVRHMHlVblk0In19fQ==\nmetadata:\n  name: reg\ntype: kubernetes.io/dockercfg\nkind: Secret\n',
    ],
    negative: [
      'apiVersion: v1\ndata:\n\textra: YmFyCg==\nkind: secret\nmetadata:\n\tname: s\n', // "bar"
      'apiVersion: v1\ndata:\n  mode: cHJvZHVjdGlvbi1tb2Rl\nkind: ConfigMap\n',
      'apiVersion: v1\ndata:\n  password: {{ .Values.Password }}\nkind: Secret\n',
    ],
  },
});

export const kubernetesBootstrapToken = defineDetector({
  id: 'kubernetes-bootstrap-token',
  provider: 'Kubernetes',
  title: 'Kubernetes bootstrap token',
  severity: 'critical',
  keywords: ['bootstrap'],
  // <6 [a-z0-9]>.<16 [a-z0-9]>: https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/
  pattern: String.raw`(?i)bootstrap[\w-]{0,30}["']?(?:\s*[:=]\s*|\s+)["']?([a-z0-9]{6}\.[a-z0-9]{16})(?:[^A-Za-z0-9.]|$)`,
  minEntropy: 3.0,
  remediation: 'Delete the token (kubeadm token delete <id>) and create a new short-lived one.',
  examples: {
    positive: ['BOOTSTRAP_TOKEN: "q8d2kf.7xw3m9p1z5r4t6vb"', 'kubeadm join 10.0.0.1:6443 --tls-bootstrap-token h3k9sw.p2x7c4v8n1m5q0zd', 'bootstrapToken = "m4z8qa.c1v5b9n3x7k2w6pf"'],
    negative: ['BOOTSTRAP_TOKEN: "abcdef.0123456789abcdef"', 'BOOTSTRAP_TOKEN: "<token-id>.<token-secret>"', 'q8d2kf.7xw3m9p1z5r4t6vb'],
  },
});

export const kubernetesDetectors = [kubernetesSecret, kubernetesSecretDataFirst, kubernetesBootstrapToken];
