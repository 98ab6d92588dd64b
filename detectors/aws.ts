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


export const awsSessionToken = defineDetector({
  id: 'aws-session-token',
  provider: 'AWS',
  title: 'Session token (temporary credentials)',
  // Temporary, but valid for up to 36 hours and usually leaked together with its key pair.
  severity: 'high',
  keywords: ['session_token', 'session-token', 'sessiontoken', 'security_token', 'security-token', 'securitytoken'],
  // STS session tokens are long base64 blobs (hundreds of characters) without a documented prefix, so
  // only trusted under an AWS name: aws_session_token (CLI config), AWS_SECURITY_TOKEN (legacy SDKs),
  // X-Amz-Security-Token (signed requests), and SessionToken / sessionToken (STS JSON output, SDK
  // credential objects) given a 100+ character base64 value.
  // https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
  pattern: String.raw`(?:(?i:aws[_.-]?session[_.-]?token|aws[_.-]?security[_.-]?token|x-amz-security-token)|\b[Ss]essionToken)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([A-Za-z0-9/+]{100,}={0,2})(?:[^A-Za-z0-9/+=]|$)`,
  minEntropy: 4.5,
  remediation: 'Revoke the role session (IAM → Roles → Revoke active sessions) or deactivate the issuing key, and check CloudTrail for its use.',
  examples: {
    positive: [
      'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjE3AVoyuKJYi1hs7O/pUYyg1/UW722XH5YqXZ6d5EGRmwmq5LmUsksQIa4x4mmsg+DKy913e3YqPVZ4BgwyJNAHvRGsIFGpkSx01rGXvARMYcc8lC1crUhV71noIgclcE+zDqlAczIHWZxRTwJcDG',
      '[default]\naws_session_token = IQoJb3JpZ2luX2VjEPegtWcoyUr4fmZDZddK4hO93OKBYXvdE3SuGAXvx2hV2PQQoFqu2n6Zpb1JQTh1uJtlYfpvNcrLT1wqRtzMRerbDMeE5oFhfTDqADXmCoToogIOXj55ZE2V9+S593ppDzGnZf9e0k2H2u',
      '{ "aws_session_token": "1rNkUEWtB2oAC7UheYUP1pcMDkAPAV4pahks5prhUHQp0CrWojVKjKJ5RY14+K4FJDRZu3ZYD5C6FaPhx15CFSjSbLkigQATQp+vvyiCf8k65WL6UX53JMQzseSz9+vh6ADtjXdhRoNnn4ob3EOS5e9o+/bc4IqA" }',
      '{ "Credentials": { "AccessKeyId": "ASIAZ3EXQTN6BVCWLMRQ", "SessionToken": "FwoGZXIvYXdzEM7+hR0Vq1dZpXcN3kYt9LbW2Jf8sGm5TzUaQe4oKvHiPn6rCy7xBd0gMjAlS1uF/wIq3NeTcVh9ZkRb8YpLs2DmWoG4tJa5xQfU7iHnKz1vEgOc0rMy6BdXl3Se+PqAw" } }',
      'curl -H "X-Amz-Security-Token: +9eVfWGtFBS84P57ofB9vdaYLiAvMP3aSVF7puLcwbrtPNBtBNgyf+zJ5G0F92HYZSs3ruvA03O2qFAaTY66ETf3RU491LJwtfjKLs0aKidHUbyvln6wZvu5dLxcVfl87c+nQ0PUWYk1h8MTzNNawwuQpATD/QHt" https://s3.amazonaws.com/b/k',
    ],
    negative: [
      'AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}',
      'AWS_SESSION_TOKEN=' + 'A'.repeat(200),
      'aws_session_token = r6f3/KncdftVjY/5Bp3BoXY71PChc6Haoh36Sbf57eDU93do9', // too short
      'session_token = r6f3/KncdftVjY/5Bp3BoXY71PChc6Haoh36Sbf57eDU93do9NraAxMNv4g1LFiOWKGmwCxKrSCBZvgOED2//Rtzy5lHS+BdT0w3834vO5ODrtKE82A0YWuRRKrceqLK1PpsJya7sl1GeOIcB1qGc', // no AWS name
    ],
  },
});

export const awsBedrockApiKey = defineDetector({
  id: 'aws-bedrock-api-key',
  provider: 'AWS',
  title: 'Amazon Bedrock API key (long-term)',
  severity: 'critical',
  keywords: ['abskqmvkcm9ja0fqsutles'],
  // `ABSK` + base64 of `BedrockAPIKey-` + the rest of the encoded credential (about 130 characters).
  // https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html
  pattern: String.raw`\b(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{100,140}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  minEntropy: 4.5,
  remediation: 'Delete the key in IAM (the service-specific credential of its IAM user) or the Bedrock console → API keys, then create a new one.',
  examples: {
    positive: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleSPwnx+QhDDxHG+z87GN3ATecJSxiJIoYNjBNeAzRqX/MpH5NX5YA8yINRjswRFwqS2qDYFgOO/Rrve5eVjAEBdJYUyB8z2VFnw/PgMdcGYpQT9MTLHQ9w=',
      '{ "bedrockApiKey": "ABSKQmVkcm9ja0FQSUtleSr+TrW5g9BTiuC/qe0hQn7BVXT0VCZ6dCixph07yhJIlOXyt7e0aOH4hD66R6JoFszkymnFXQFWB7hJvCG+3C/YCJ6Yc1V8/v71M+mFil5RpLWmaru2ml=" }',
      'curl -H "Authorization: Bearer ABSKQmVkcm9ja0FQSUtleSibJcpFPfHnPdloMvnl2Rc0TpRm3n64ftfFr1oSxkHYpFlJAThqnQ1ccnAhTCLXm3pwX46Cv3VL2Me3bvz5nYzh24kC21qGYXzJh+DrW9Q6hfSLABiegl=" https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse',
    ],
    negative: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1EXAMPLE', // too short
      'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS' + 'A'.repeat(120),
      'AWS_BEARER_TOKEN_BEDROCK=XABSKQmVkcm9ja0FQSUtleSPwnx+QhDDxHG+z87GN3ATecJSxiJIoYNjBNeAzRqX/MpH5NX5YA8yINRjswRFwqS2qDYFgOO/Rrve5eVjAEBdJYUyB8z2VFnw/PgMdcGYpQT9MTLHQ9w=', // glued
    ],
  },
});

export const awsBedrockShortTermApiKey = defineDetector({
  id: 'aws-bedrock-short-term-api-key',
  provider: 'AWS',
  title: 'Amazon Bedrock API key (short-term)',
  // Valid for at most 12 hours (the session it was made from).
  severity: 'high',
  keywords: ['bedrock-api-key-ymvkcm9jay5hbwf6b25hd3muy29t'],
  // `bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken…` URL.
  // https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html
  pattern: String.raw`\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  minEntropy: 4.5,
  remediation: 'Revoke the sessions of the role or user that generated it (IAM → Revoke active sessions); it expires within 12 hours.',
  examples: {
    positive: [
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUExRjk3MkVCMjRGRTI3REQ4JTJGMjAyNjAzMDElMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAzMDFUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZYLUFtei1TaWduYXR1cmU9MDgxOTNhOWIwNzZiNmY4ZTFmMzgxNDIxOTBmYWVlMDAwZjk1MzZlNWVlNGI1NGNjYmQ2OWZjNDkxYzk2OGI4NSZWZXJzaW9uPTE=',
      '{ "token": "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFaTjdRUDJYNEs1VlJLM1FQJTJGMjAyNjAzMDElMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LVNpZ25hdHVyZT1hMWY0YjdjOTNlMmQ4MTA1NmY5YjRlMmM3ZDE4YTMwOQ==" }',
      "headers = {'Authorization': 'Bearer bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1DcmVkZW50aWFsPUFTSUFRN0VLM01WUjJOVEhMNUZYJTJGMjAyNjAzMDElMkZldS13ZXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LVNpZ25hdHVyZT05ZDJlYjQ3MWMwYTg1ZjM2'}",
    ],
    negative: [
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-',
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x', // truncated
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t' + 'A'.repeat(200),
    ],
  },
});

export const awsMwsAuthToken = defineDetector({
  id: 'aws-mws-auth-token',
  provider: 'Amazon MWS',
  title: 'Marketplace Web Service auth token',
  severity: 'high',
  keywords: ['amzn.mws.'],
  // `amzn.mws.` + a UUID, issued to developers authorized on a seller account.
  // https://docs.developer.amazonservices.com/en_US/dev_guide/DG_Registering.html
  pattern: String.raw`\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
  minEntropy: 3.0,
  remediation: 'Revoke the developer authorization in Seller Central (Settings → User Permissions → Apps & Services), then re-authorize.',
  examples: {
    positive: [
      'MWS_AUTH_TOKEN=amzn.mws.91dead7c-0b10-4398-bd83-cdf6180c90b0',
      '{ "MWSAuthToken": "amzn.mws.ea85e213-a9d9-4992-94ba-a54070594865" }',
      "mws_auth_token: 'amzn.mws.7b70be39-c83d-4062-b543-5a0e404da012'",
    ],
    negative: [
      'MWS_AUTH_TOKEN=amzn.mws.00000000-0000-0000-0000-000000000000',
      'MWS_AUTH_TOKEN=amzn.mws.d800b269-80c1-4bfb-9efe', // truncated
      'MWS_AUTH_TOKEN=amzn.mws.<your-token>',
    ],
  },
});

export const awsAppsyncApiKey = defineDetector({
  id: 'aws-appsync-api-key',
  provider: 'AWS',
  title: 'AppSync GraphQL API key',
  // Often shipped to browsers on purpose, but grants whatever the API allows anonymously.
  severity: 'medium',
  keywords: ['da2-'],
  // `da2-` + 26 lowercase alphanumerics. https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization
  pattern: String.raw`\b(da2-[a-z0-9]{26})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the key in the AppSync console (your API → Settings → API keys) and create a new one with a short expiry.',
  examples: {
    positive: [
      'APPSYNC_API_KEY=da2-cwy37xyniepnkqokjj4ehuezve',
      '{ "aws_appsync_apiKey": "da2-7jetvcmh7xymcyvx4jsikjntoh" }',
      "curl -H 'x-api-key: da2-tkttkl7tf7r6ghxsba26gtpge6' https://abc.appsync-api.us-east-1.amazonaws.com/graphql",
    ],
    negative: [
      'APPSYNC_API_KEY=da2-aaaaaaaaaaaaaaaaaaaaaaaaaa',
      'APPSYNC_API_KEY=da2-xeosa7j7lxje2f6xvdm47u', // too short
      'APPSYNC_API_KEY=da2-XEOSA7J7LXJE2F6XVDM47UUCJE', // uppercase: not an AppSync key
    ],
  },
});

export const awsDetectors = [
  awsAccessKeyId,
  awsSecretAccessKey,
  awsSessionToken,
  awsBedrockApiKey,
  awsBedrockShortTermApiKey,
  awsMwsAuthToken,
  awsAppsyncApiKey,
];
