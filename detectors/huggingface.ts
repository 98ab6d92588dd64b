import { defineDetector } from '../src/detector';

// User access tokens: `hf_` + 34 letters; legacy organization tokens: `api_org_` + 34 letters.
// https://huggingface.co/docs/hub/security-tokens (prefix); length as matched by gitleaks `huggingface.go`.
const REVOKE = 'Invalidate the token at huggingface.co/settings/tokens (organization tokens: the organization\'s settings), then create a new one.';

export const huggingfaceAccessToken = defineDetector({
  id: 'huggingface-access-token',
  provider: 'Hugging Face',
  title: 'User access token',
  severity: 'high',
  keywords: ['hf_'],
  pattern: String.raw`\b(hf_[A-Za-z]{34})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'HF_TOKEN=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',
      'huggingface-cli login --token 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',
      'model = AutoModel.from_pretrained("acme/private", token="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")',
      '-H "Authorization: Bearer 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"',
    ],
    negative: [
      'HF_TOKEN=hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'HF_TOKEN=hf_dIGOhPuWgynfUorLCfIqrpHzHygaMKWmr', // too short
      'HF_TOKEN=hf_LsjyzKkTjalshDibNhXgeUPLoLHSt3m3M21', // digits: not a token
      'static void rhf_qCDVhjMRfuqYUQSsgPXUwGqYQXdMXASgmy(void);', // glued to a word
    ],
  },
});

export const huggingfaceOrgToken = defineDetector({
  id: 'huggingface-org-token',
  provider: 'Hugging Face',
  title: 'Organization API token (legacy)',
  severity: 'high',
  keywords: ['api_org_'],
  pattern: String.raw`\b(api_org_[A-Za-z]{34})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: ['HUGGINGFACEHUB_API_TOKEN=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', 'hf_token = "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"', "load_dataset('acme/data', use_auth_token='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')"],
    negative: [
      'const api_org_controller = require("./controllers/org");',
      'old tokens look like api_org_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ',
      'def _api_org_FIYEzxNSoLUfhGQAxYOufTovrOuPvtCrQI(self):', // glued to a word
    ],
  },
});

export const huggingfaceDetectors = [huggingfaceAccessToken, huggingfaceOrgToken];
