import { Detector, defineDetector } from '../src/detector';

// Doppler tokens are `dp.<kind>.` + 40-44 base62 characters; service tokens may carry the config name
// (`dp.st.<config>.…`). Kinds: pt personal, st service, ct CLI, sa service account, scim, audit.
// https://docs.doppler.com/docs/token-formats

function dopplerToken(detector: Omit<Detector, 'provider' | 'keywords' | 'pattern' | 'minEntropy'> & { kind: string; configPart?: boolean }): Detector {
  const { kind, configPart, ...rest } = detector;
  const config = configPart ? String.raw`(?:[a-z0-9_-]{2,35}\.)?` : '';
  return defineDetector({
    ...rest,
    provider: 'Doppler',
    keywords: [`dp.${kind}.`],
    pattern: String.raw`\b(dp\.${kind}\.${config}[0-9A-Za-z]{40,44})\b`,
    minEntropy: 3.5,
  });
}

export const dopplerDetectors = [
  dopplerToken({
    id: 'doppler-personal-token',
    kind: 'pt',
    title: 'Personal token',
    severity: 'critical',
    remediation: 'Revoke the token in the Doppler dashboard under Tokens > Personal, then create a new one.',
    examples: {
      positive: ['DOPPLER_TOKEN=dp.pt.2ddl8FKSc18tyv27FaWnsanbwowG2T5jtHlY9mnPrqO', 'doppler configure set token dp.pt.M8NWccTgMn2VLlaEdVCDoyIyfuClmPZouNGS4UxfLu3', '{ "token": "dp.pt.XITHwLOcCI3QCdwFr7Mr0uji8XjvigvFbvce3Kt1NcJ" }'],
      negative: ['DOPPLER_TOKEN=dp.pt.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'DOPPLER_TOKEN=dp.pt.2ddl8FKSc18tyv27FaWnsanbwowG2', 'DOPPLER_TOKEN=dp.px.2ddl8FKSc18tyv27FaWnsanbwowG2T5jtHlY9mnPrqO'],
    },
  }),
  dopplerToken({
    id: 'doppler-service-token',
    kind: 'st',
    configPart: true,
    title: 'Service token',
    severity: 'high',
    remediation: 'Revoke the service token under the project config\'s Access tab, then create a new one.',
    examples: {
      positive: ['DOPPLER_TOKEN=dp.st.lVm7yYxcOaULuuwn5q4HZQroZYMiBDcn4FlUyXopsyw', 'DOPPLER_TOKEN: "dp.st.prd.iRzpy3xLfo8GibkYjEG2vmEL6qhmjkLXnYArq1Ze1L2"', 'doppler run --token dp.st.dev.3c1UIokjQRrEsI2wTk1Y1Q4PHBLfR2GqOqOXWrpkpsd -- npm start'],
      negative: ['DOPPLER_TOKEN=dp.st.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'DOPPLER_TOKEN=dp.st.lVm7yYxcOaULuu', 'DOPPLER_TOKEN=dp.st.lVm7yYxcOaULuuwn5q4HZQroZYMiBDcn4FlUyXopsywAB12'],
    },
  }),
  dopplerToken({
    id: 'doppler-cli-token',
    kind: 'ct',
    title: 'CLI token',
    severity: 'critical',
    remediation: 'Revoke it with `doppler configure revoke` or in the dashboard under Tokens > CLI, then log in again.',
    examples: {
      positive: ['DOPPLER_TOKEN=dp.ct.M8NWccTgMn2VLlaEdVCDoyIyfuClmPZouNGS4UxfLu3', "token: 'dp.ct.2ddl8FKSc18tyv27FaWnsanbwowG2T5jtHlY9mnPrqO'", '{"cli_token":"dp.ct.lVm7yYxcOaULuuwn5q4HZQroZYMiBDcn4FlUyXopsyw"}'],
      negative: ['DOPPLER_TOKEN=dp.ct.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'DOPPLER_TOKEN=dp.ct.M8NWccTgMn2VLl', 'DOPPLER_TOKEN=xdp.ct.M8NWccTgMn2VLlaEdVCDoyIyfuClmPZouNGS4UxfLu3x'],
    },
  }),
  dopplerToken({
    id: 'doppler-service-account-token',
    kind: 'sa',
    title: 'Service account token',
    severity: 'critical',
    remediation: 'Revoke the token under Team > Service Accounts in the Doppler dashboard, then create a new one.',
    examples: {
      positive: ['DOPPLER_TOKEN=dp.sa.XITHwLOcCI3QCdwFr7Mr0uji8XjvigvFbvce3Kt1NcJ', 'token = "dp.sa.iRzpy3xLfo8GibkYjEG2vmEL6qhmjkLXnYArq1Ze1L2"', 'curl -H "Authorization: Bearer dp.sa.3c1UIokjQRrEsI2wTk1Y1Q4PHBLfR2GqOqOXWrpkpsd" https://api.doppler.com/v3/me'],
      negative: ['DOPPLER_TOKEN=dp.sa.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'DOPPLER_TOKEN=dp.sa.XITHwLOcCI3QCdwF', 'DOPPLER_TOKEN=dp.sa.XITHwLOcCI3Q-CdwFr7Mr0uji8XjvigvFbvce3Kt1NcJ'],
    },
  }),
  dopplerToken({
    id: 'doppler-scim-token',
    kind: 'scim',
    title: 'SCIM token',
    severity: 'high',
    remediation: 'Regenerate the SCIM token under Team > Settings > SCIM, then update the identity provider.',
    examples: {
      positive: ['SCIM_TOKEN=dp.scim.2ddl8FKSc18tyv27FaWnsanbwowG2T5jtHlY9mnPrqO', 'scim:\n  token: dp.scim.lVm7yYxcOaULuuwn5q4HZQroZYMiBDcn4FlUyXopsyw', '{"scim": "dp.scim.M8NWccTgMn2VLlaEdVCDoyIyfuClmPZouNGS4UxfLu3"}'],
      negative: ['SCIM_TOKEN=dp.scim.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'SCIM_TOKEN=dp.scim.2ddl8FKSc18ty', 'SCIM_TOKEN=dp.scam.2ddl8FKSc18tyv27FaWnsanbwowG2T5jtHlY9mnPrqO'],
    },
  }),
  dopplerToken({
    id: 'doppler-audit-token',
    kind: 'audit',
    title: 'Audit API token',
    severity: 'medium',
    remediation: 'Revoke the audit token under Team > Settings in the Doppler dashboard, then create a new one.',
    examples: {
      positive: ['AUDIT_TOKEN=dp.audit.iRzpy3xLfo8GibkYjEG2vmEL6qhmjkLXnYArq1Ze1L2', 'audit_token: "dp.audit.3c1UIokjQRrEsI2wTk1Y1Q4PHBLfR2GqOqOXWrpkpsd"', '{"token":"dp.audit.XITHwLOcCI3QCdwFr7Mr0uji8XjvigvFbvce3Kt1NcJ"}'],
      negative: ['AUDIT_TOKEN=dp.audit.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AUDIT_TOKEN=dp.audit.iRzpy3xLfo8', 'AUDIT_TOKEN=dp.audits.iRzpy3xLfo8GibkYjEG2vmEL6qhmjkLXnYArq1Ze1L2'],
    },
  }),
];
