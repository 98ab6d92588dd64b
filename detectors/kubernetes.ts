import { defineDetector } from '../src/detector';
import { RescanTrigger } from '../src/rescan-trigger';
import { hasSecretDataEntry, hasSecretJsonDataEntry, hasSecretStringDataEntry } from '../src/validators/kubernetes-secret-data';

// A `kind: Secret` manifest stores values base64-encoded under `data:` (encoding, not encryption)
// or in plain text under `stringData:`. https://kubernetes.io/docs/concepts/configuration/secret/
// The secret reported is the block of entries: a Secret lists `username` next to `password`, and
// the block counts if any entry is secret-like. kind and data come in either order (`kubectl get
// secret -o yaml` writes data first), within one YAML document (lines of `---` end the search).
const REMEDIATION = 'Rotate the credentials stored in the Secret, and commit a SealedSecret / ExternalSecret / SOPS-encrypted file instead of the plain manifest.';

// The end of a YAML line: an optional ` # comment`, then the newline.
const LINE_END = String.raw`[ \t]*(?:#[^\n]*)?(?:\r?\n|$)`;
// One `key: value` entry (a `|` / `>` block scalar continues on the next line), a comment line, a
// blank line.
const ENTRY = String.raw`[ \t]+["']?[\w.-]+["']?:[ \t]*(?:[>|][-+]?[ \t]*\r?\n[ \t]+)?["']?[^\s"']*["']?${LINE_END}`;
const COMMENT = String.raw`[ \t]*#[^\n]*\n`;
const BLANK = String.raw`[ \t]*\r?\n`;
// A Helm template line (`{{- if .Values.tls }}`) or an entry whose value is one: skipped before
// the first literal entry. It ends the block after one: the block is the reported secret, and
// template syntax in it would make the whole block read as a placeholder.
const TEMPLATE = String.raw`[ \t]*(?:["']?[\w.-]+["']?:[ \t]*)?["']?\{\{[^\n]*\n`;
// The entries after a header, from the first entry on (a comment above it stays out of the secret).
const entriesAfter = (header: string): string =>
  String.raw`${header}:${LINE_END}(?:${COMMENT}|${BLANK}|${TEMPLATE}){0,8}((?:${ENTRY})(?:${ENTRY}|${COMMENT}|${BLANK}){0,40})`;
// Any line but a `---` document separator.
const SAME_DOCUMENT_LINE = String.raw`(?:[^-\n][^\n]*|-(?:[^-\n][^\n]*)?|--(?:[^-\n][^\n]*)?)?\n`;
const KIND_SECRET = String.raw`kind:[ \t]*["']?[Ss]ecret["']?${LINE_END}`;
// A commit that fills in one value of a committed Secret adds an entry line (or a block scalar's
// value line) without `kind: Secret`. git names the top-level key above a hunk in its header
// (`@@ -7 +7 @@ data:`): an indented line added under one of a Secret's top-level keys is the
// cheap sign (a Deployment's edits sit under `spec:`); only then is the whole manifest read.
const ENTRIES_RESCAN: RescanTrigger = {
  addedLine: String.raw`[ \t]+\S.*`,
  hunkContext: String.raw`(?:data|stringData|kind|type|metadata|apiVersion|immutable):.*`,
};
const KEYWORDS = ['kind: secret', "kind: 'secret'", 'kind: "secret"'];

export const kubernetesSecret = defineDetector({
  id: 'kubernetes-secret',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with data',
  severity: 'high',
  keywords: KEYWORDS,
  pattern: String.raw`\b${KIND_SECRET}(?:${SAME_DOCUMENT_LINE}){0,30}?[ \t]*${entriesAfter('data')}`,
  validate: hasSecretDataEntry,
  rescanWhen: ENTRIES_RESCAN,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-user-pass\ntype: Opaque\ndata:\n  password: S3g3I3ZRMm0hTHc5VHo=\n', path: 'k8s/db-secret.yaml' },
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: |\n    eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLWNvcnAuaW8iOnsiYXV0aCI6IlkyazZVbTQwZGtJNGNWZ3ljMHhyTlZjPSJ9fX0=\n',
      "apiVersion: 'v1'\nkind: 'Secret'\ndata:\n\tusername: 'YWRtaW4='\n\t# rotated monthly\n\tpassword: 'aFQ2QHBaMXdRZThOcw=='\nmetadata:\n\tname: 'api'\n", // a later entry
      'apiVersion: v1\nkind: Secret  # synced by CI\nmetadata:\n  name: api\ndata:\n\n  api-token: dlczcSFSejhUbjUjTGs=  # rotated 2026-03\n', // comments, a blank line
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "app.fullname" . }}\ndata:\n  username: {{ .Values.db.user | b64enc | quote }}\n  {{- if .Values.legacy }}\n  db-conn: d2ludGVyMjAyNA==\n  {{- end }}\n', // Helm: a literal among templates
    ],
    negative: [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: auth\ntype: Opaque\ndata:\n  htpasswd: ""\n',
      'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n',
      'apiVersion: v1\nkind: Secret\ndata:\n  username: YWRtaW4=\n  credentials: YWRtaW46cGFzc3dvcmQ=\n', // "admin", "admin:password"
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ca\ndata:\n  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVYTFiMgotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==\n', // a certificate is public
      'apiVersion: v1\nkind: Secret\ndata:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLWNvcnAuaW8iOnsiYXV0aCI6IlkyazZjR0Z6YzNkdmNtUT0ifX19\n', // ci:password
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZHVjdGlvbi1tb2Rl\n',
    ],
  },
});

export const kubernetesSecretDataFirst = defineDetector({
  id: 'kubernetes-secret-data-first',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with data (data before kind)',
  severity: 'high',
  keywords: KEYWORDS,
  pattern: String.raw`(?:^|\n)[ \t]*${entriesAfter('data')}(?:${SAME_DOCUMENT_LINE}){0,30}?[ \t]*${KIND_SECRET}`,
  validate: hasSecretDataEntry,
  rescanWhen: ENTRIES_RESCAN,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'apiVersion: v1\ndata:\n  password: S3g3I3ZRMm0hTHc5VHo=\n  username: YWRtaW4=\nkind: Secret\nmetadata:\n  name: db\n', path: 'secret.yaml' },
      'apiVersion: "v1"\ndata:\n\tapi-user: "YWRtaW4="\n\tapi-token: "Um40dkI4cVgyc0xrNVc="\nkind: "Secret"\nmetadata:\n\tname: "sa"\n',
      'apiVersion: v1\ndata:\n  host: ZGIuYWNtZS1jb3JwLmlv\n\n  token: SGI3JG1RMnhQejlAV2Q= # kubectl get -o yaml, hand-edited\nkind: Secret\n',
      'apiVersion: v1\ndata:\n  .dockercfg: >\n    eyJyZWdpc3RyeS5hY21lLWNvcnAuaW8iOnsiYXV0aCI6IlpHVndiRzk1T21oVU5rQndXakYzVVdVNFRuTT0iLCJlbWFpbCI6ImNpQGFjbWUtY29ycC5pbyJ9fQ==\nmetadata:\n  name: reg\ntype: kubernetes.io/dockercfg\nkind: Secret\n',
    ],
    negative: [
      'apiVersion: v1\ndata:\n\textra: YmFyCg==\nkind: secret\nmetadata:\n\tname: s\n', // "bar"
      'apiVersion: v1\ndata:\n  mode: cHJvZHVjdGlvbi1tb2Rl\nkind: ConfigMap\n',
      'apiVersion: v1\ndata:\n  password: {{ .Values.Password }}\nkind: Secret\n',
    ],
  },
});

export const kubernetesSecretStringData = defineDetector({
  id: 'kubernetes-secret-string-data',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with plain-text stringData',
  severity: 'high',
  keywords: KEYWORDS,
  // stringData is written by hand, so kind comes first in practice.
  pattern: String.raw`\b${KIND_SECRET}(?:${SAME_DOCUMENT_LINE}){0,30}?[ \t]*${entriesAfter('stringData')}`,
  validate: hasSecretStringDataEntry,
  rescanWhen: ENTRIES_RESCAN,
  remediation: REMEDIATION,
  examples: {
    positive: [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  host: smtp.acme-corp.io\n  user: mailer\n  password: Rn4vB8qX2sLk5W\n',
      { text: 'kind: Secret\napiVersion: v1\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: "c2Vq9RkT4mWz7LpXn3Bd"\n', path: 'deploy/api-secret.yml' },
      "---\napiVersion: v1\nkind: 'Secret'\ntype: Opaque\nstringData:\n  # rotated by ops\n  db-password: 'hT6@pZ1wQe8Ns'\n",
    ],
    negative: [
      'apiVersion: v1\nkind: Secret\nstringData:\n  password: {{ .Values.password }}\n',
      'apiVersion: v1\nkind: Secret\nstringData:\n  username: admin\n  password: changeme\n',
      'apiVersion: v1\nkind: Secret\nstringData:\n  host: db.acme-corp.io\n  port: "5432"\n',
    ],
  },
});

// The same manifests as JSON: `kubectl get secret -o json` writes the keys in alphabetical order
// (data before kind); people writing JSON by hand put kind first. Between the two, only members of
// the same object: other members and nested objects (metadata, labels), never a closing brace.
const JSON_KIND_SECRET = String.raw`"kind"\s*:\s*"[Ss]ecret"`;
const JSON_DATA = String.raw`"data"\s*:\s*\{([^{}]*)\}`;
const SAME_OBJECT = String.raw`(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*?`;
const JSON_KEYWORDS = ['"kind": "secret"', '"kind":"secret"'];

export const kubernetesSecretJson = defineDetector({
  id: 'kubernetes-secret-json',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with data, as JSON',
  severity: 'high',
  keywords: JSON_KEYWORDS,
  pattern: String.raw`${JSON_KIND_SECRET}\s*,${SAME_OBJECT}${JSON_DATA}`,
  validate: hasSecretJsonDataEntry,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"regcred","labels":{"app":"ci"}},"type":"kubernetes.io/dockerconfigjson","data":{".dockerconfigjson":"eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLWNvcnAuaW8iOnsiYXV0aCI6Ilkya3RZbTkwT2tkb05TUnJWekp4V25JNEkweHQifX19"}}\n', path: 'deploy/regcred.json' },
      '{\n  "kind": "Secret",\n  "apiVersion": "v1",\n  "metadata": { "name": "api" },\n  "data": {\n    "user": "YXBp",\n    "token": "UnEzIW1UN3hXejkjS2M="\n  }\n}\n',
      "kubectl apply -f - <<< '{\"kind\":\"Secret\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"smtp\"},\"data\":{\"smtp-password\":\"UHo2QHZLMW5ZcjQkUXM=\"}}'",
    ],
    negative: [
      '{"kind": "Secret", "apiVersion": "v1", "data": {"password": ""}}',
      '{"kind": "Secret", "apiVersion": "v1", "data": {"password": "{{ .Values.password | b64enc }}"}}',
      '{"kind": "Secret", "apiVersion": "v1", "data": {"credentials": "YWRtaW46cGFzc3dvcmQ="}}', // admin:password
      '{"kind": "Secret", "metadata": {"name": "a"}}, {"kind": "ConfigMap", "data": {"mode": "VG40I3dROHpMcDIhVng="}}', // another object\'s data
    ],
  },
});

export const kubernetesSecretJsonDataFirst = defineDetector({
  id: 'kubernetes-secret-json-data-first',
  provider: 'Kubernetes',
  title: 'Kubernetes Secret manifest with data, as JSON (data before kind)',
  severity: 'high',
  keywords: JSON_KEYWORDS,
  pattern: String.raw`${JSON_DATA}\s*,${SAME_OBJECT}${JSON_KIND_SECRET}`,
  validate: hasSecretJsonDataEntry,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: '{\n    "apiVersion": "v1",\n    "data": {\n        "password": "VG40I3dROHpMcDIhVng=",\n        "username": "YWRtaW4="\n    },\n    "kind": "Secret",\n    "metadata": {\n        "name": "db-user-pass",\n        "namespace": "default"\n    },\n    "type": "Opaque"\n}\n', path: 'secrets/db.json' },
      '{"apiVersion":"v1","data":{"api-key":"UnEzIW1UN3hXejkjS2M="},"immutable":true,"kind":"Secret","metadata":{"name":"api"}}',
      '{\n  "apiVersion": "v1",\n  "items": [\n    {\n      "apiVersion": "v1",\n      "data": { "webhook-secret": "V20yI3RIOGNOeDUhSmI=" },\n      "kind": "Secret",\n      "metadata": { "name": "hooks" }\n    }\n  ],\n  "kind": "List"\n}\n',
    ],
    negative: [
      '{"apiVersion": "v1", "data": {"mode": "VG40I3dROHpMcDIhVng="}, "kind": "ConfigMap"}',
      '{"apiVersion": "v1", "data": {"extra": "YmFyCg=="}, "kind": "Secret"}', // "bar"
      '{"apiVersion": "v1", "data": {"password": "${DB_PASSWORD_B64}"}, "kind": "Secret"}',
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

export const kubernetesDetectors = [
  kubernetesSecret,
  kubernetesSecretDataFirst,
  kubernetesSecretStringData,
  kubernetesSecretJson,
  kubernetesSecretJsonDataFirst,
  kubernetesBootstrapToken,
];
