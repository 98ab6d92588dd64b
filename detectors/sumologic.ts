import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

// Sumo Logic access keys are a pair: an access id (`su` + 12 base62) and a 64-character access key, neither
// prefixed enough to match alone, so the name (sumo / sumologic + access id/key) must be next to the value. https://help.sumologic.com/docs/manage/security/access-keys/

export const sumologicAccessId = defineDetector({
  id: 'sumologic-access-id',
  provider: 'Sumo Logic',
  title: 'Access ID',
  severity: 'medium',
  keywords: ['sumo'],
  pattern: String.raw`\b(?i:sumo(?:logic)?[\w.\-]{0,20}?access[_.\-]?id)["']?\s*(?:=>|:=|[:=])\s*["']?(su[A-Za-z0-9]{12})\b`,
  minEntropy: 3.0,
  remediation: 'Delete the access key pair in Sumo Logic (Administration → Security → Access Keys), then create a new one.',
  examples: {
    positive: [
      'export SUMOLOGIC_ACCESSID="suRFPHd7pXkG42"',
      'sumologic.accessId = "sugigLhNIBFVOU"',
      'SUMO_ACCESS_ID: suOHDaLCF6ee34',
    ],
    negative: [
      'sumObj = suqs4uNwaTwuoN',
      'export SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX',
      'SUMOLOGIC_ACCESSID: ${SUMOLOGIC_ACCESSID}',
      'sumologic_access_id         = ""',
    ],
  },
});

export const sumologicAccessKey = defineDetector({
  id: 'sumologic-access-key',
  provider: 'Sumo Logic',
  title: 'Access key',
  severity: 'high',
  keywords: ['sumo'],
  pattern: String.raw`\b(?i:sumo(?:logic)?[\w.\-]{0,20}?access[_.\-]?key)["']?\s*(?:=>|:=|[:=])\s*["']?([A-Za-z0-9]{64})\b`,
  minEntropy: 4.0,
  validate: (secret) => alnumClassCount(secret) === 3,
  remediation: 'Delete the access key pair in Sumo Logic (Administration → Security → Access Keys), then create a new one.',
  examples: {
    positive: [
      'export SUMOLOGIC_ACCESSKEY="pDpRlAfkwakDIVboaEbPjhXhZJbQXTmFcBUuHZfcLlHXCPkAJ3D8tS3drU6D65P1"',
      'SUMO_ACCESS_KEY: qPcQ0s3y5ecYHOLzz3y2XHWl0ttyd6J9DbuNEuzcqley577wnIGslAaaPg7tuHlO',
      'sumo_access_key = "cVNk5UFcn02LuuhV98u8EU3mBHQa7nLogV1CcHUjNK3TinJ5gRQ6lrRcyuJSQscN"',
    ],
    negative: [
      'sumOfExposures = 6mKlMcI4NuVLZ0wTZ2eZJxX5Db06pQL6hVrNYR0II46Xs0dghmNILpVrxiQArtvb;',
      '#   SUMO_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SUMO_ACCESS_KEY: AbCeFG123',
      'SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY:=$2}',
    ],
  },
});

export const sumologicDetectors = [sumologicAccessId, sumologicAccessKey];
