import { defineDetector } from '../src/detector';

const REVOKE = 'Disable and delete the AccessKey in the RAM console (ram.console.aliyun.com → Users → AccessKey), then create a new one.';

export const alibabaAccessKeyId = defineDetector({
  id: 'alibaba-access-key-id',
  provider: 'Alibaba Cloud',
  title: 'AccessKey ID',
  // An ID alone does not authenticate, but its secret is rarely far away.
  severity: 'high',
  keywords: ['ltai'],
  keywordLines: true,
  // `LTAI` + 12 to 20 alphanumerics (older IDs are 16 in all, current ones 24).
  // https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
  pattern: String.raw`\b(LTAI[A-Za-z0-9]{12,20})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIaTjKTkZaTif2N1MwFdqB',
      '{ "accessKeyId": "LTAIEExBJJudrag7qQP9pf62" }',
      "access_key_id: 'LTAIOtx7sInOA4J9'",
    ],
    negative: [
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx',
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIwHX5q3S0', // too short
      'ALIBABA_CLOUD_ACCESS_KEY_ID=XLTAIqThfwfWr4GqgbkSAmhly', // glued to a word
    ],
  },
});

export const alibabaAccessKeySecret = defineDetector({
  id: 'alibaba-access-key-secret',
  provider: 'Alibaba Cloud',
  title: 'AccessKey secret',
  severity: 'critical',
  keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret'],
  // 30 alphanumerics with no prefix, so only trusted under an Alibaba name (ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  // aliyun_secret, accessKeySecret as in the Alibaba SDKs).
  // https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-access-credentials
  pattern: String.raw`(?i)(?:(?:alibaba|aliyun|alicloud)[\w.-]{0,30}?secret|accesskeysecret)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([A-Za-z0-9]{30})(?:[^A-Za-z0-9]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=cyNmY1U4XMoUnmWSzUHD7vtgU97NsO',
      '{ "accessKeySecret": "AS1pR5y1INHXC0EgW969uuaF1W8F07" }',
      'env:\n  ALIYUN_ACCESS_KEY_SECRET: BJOwjB5ZYQwqOub6dvvRfq34IigGU8',
    ],
    negative: [
      'SECRET=Xn9XakP6PAzqFPNBVmtNaXFeuntQgM', // no Alibaba name
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=GuzxjOnJ5FgXx36v4jvH', // too short
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=<your-access-key-secret>',
    ],
  },
});

export const alibabaDetectors = [alibabaAccessKeyId, alibabaAccessKeySecret];
