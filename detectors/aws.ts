import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

const REVOKE = 'Deactivate and delete the access key in IAM (console → IAM → Users → Security credentials), then create a new one; check CloudTrail for its use.';

export const awsAccessKeyId = defineDetector({
  id: 'aws-access-key-id',
  provider: 'AWS',
  title: 'Access key ID',
  // An ID alone does not authenticate, but its secret is rarely far away.
  severity: 'high',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  // AKIA: IAM user key, ASIA: temporary (STS) key, ABIA: STS service bearer token, ACCA: context
  // key; then 16 characters of base32 ([A-Z2-7]).
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
  pattern: String.raw`\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'AWS_ACCESS_KEY_ID=AKIAOG3PBHZWIBOIXCBP',
      '[default]\naws_access_key_id = AKIA6VU22PNVRPPE4MMP',
      '{ "AccessKeyId": "ASIABPFE7P4FFW2BVRBP", "Expiration": "2030-01-01T00:00:00Z" }',
      'const credentials = { accessKeyId: "AKIATKMSRWYCAIBPZEBI" };',
      'aws:\n  access_key_id: AKIATM2IVTN5O3Q5SEYC',
    ],
    negative: [
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', // AWS's documented example
      'AWS_ACCESS_KEY_ID=AKIAZZZZZZZZZZZZZZZZ',
      'AWS_ACCESS_KEY_ID=AKIALL7DE44ZNHUSQ2P', // too short
      'AWS_ACCESS_KEY_ID=AKIA1890RC2EG2SFBCFZ', // 0, 1, 8, 9 are not base32
      'BOUGHTINASIAVUFAFMQPNRD3M63G', // glued to a word
      'AWS_ACCESS_KEY_ID=AGPA24FCMBYH55K7TGGP', // a group ID, not a key
    ],
  },
});

export const awsSecretAccessKey = defineDetector({
  id: 'aws-secret-access-key',
  provider: 'AWS',
  title: 'Secret access key',
  severity: 'critical',
  keywords: ['aws', 'secret_access', 'secretaccess', 'secret-access', 'secret.access'],
  // 40 characters of base64 with no fixed prefix, so only trusted next to an AWS-ish name:
  // aws_secret_access_key, aws_secret_key, aws_secret, secretAccessKey, SecretAccessKey …
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
  pattern: String.raw`(?i)(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key|aws[_.-]?secret)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`,
  minEntropy: 4.0,
  validate: (secret) => alnumClassCount(secret) >= 2,
  remediation: REVOKE,
  examples: {
    positive: [
      'AWS_SECRET_ACCESS_KEY=rZeEsVacU5M/JYnmYAADjbMwHdsZ2eAm1VExt0jf',
      '[default]\naws_access_key_id = AKIAZEQMGZEHL2GB2H75\naws_secret_access_key = dDg86Nxa1eYaiJaRXojaIqtlKn3Z8TunIQhB92Cg',
      '{ "Credentials": { "SecretAccessKey": "3XuvsELBNQoH6CUxOQuKZXcwe80rBCTSgxm1wGZR" } }',
      'const s3 = new S3({ secretAccessKey: "vGfZWwZg1cwe1+IL/F9JdESKSv+MqPZkMsXvPw9M" });',
      'aws_secret: vhLavND772rv6D9A4PZ+WtJq9f2N3kWFf5Ez92L7',
      'export AWS_SECRET_KEY="t6icXb4BOU1U5S5fBX5vjGi8GSf+HdnNkQ1n9G5a"',
    ],
    negative: [
      'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', // AWS's documented example
      'AWS_SECRET_ACCESS_KEY=' + 'z'.repeat(40),
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      'AWS_SECRET_ACCESS_KEY=RmZerxwXwwqf7sdQ69XwRpYmhuVqcR6HkfHQSr4', // too short
      'AWS_SECRET_ACCESS_KEY=KPs8I2oxMpyUg3D8tlsyHba9hSnSxGF14aPy1i2Mxyz==', // longer base64: an encrypted blob
      'secret_token = hJzdsmOdnul4r635O9LaugOSZl4s9L1EoVVHBc9S', // no AWS-ish name
    ],
  },
});

export const awsDetectors = [awsAccessKeyId, awsSecretAccessKey];
