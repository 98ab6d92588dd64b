import { defineDetector } from '../src/detector';

export const sonarDetectors = [
  defineDetector({
    id: 'sonar-token',
    provider: 'SonarQube / SonarCloud',
    title: 'User, project or global analysis token',
    severity: 'high',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    // Since SonarQube 9.5 tokens are `squ_` (user), `sqp_` (project analysis) or `sqa_` (global
    // analysis) + 40 lowercase hex. https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
    pattern: String.raw`\b(sq[upa]_[0-9a-f]{40})\b`,
    minEntropy: 3.0,
    remediation: 'Revoke the token under My Account > Security (or Administration > Security for global tokens), then generate a new one.',
    examples: {
      positive: [
        'SONAR_TOKEN=squ_c73e2cf20066f3668d06c24bfa29dea82ae9363c',
        'mvn sonar:sonar -Dsonar.token=sqp_060514a57fc8915761ca489d6ace4c1f43663454',
        'sonar:\n  token: "sqa_1a36960657185d525a09f54c0eb0ae1b51d6fa9b"',
      ],
      negative: ['SONAR_TOKEN=squ_0000000000000000000000000000000000000000', 'SONAR_TOKEN=squ_c73e2cf20066f3668d06c24bfa29dea8', 'SONAR_TOKEN=sqx_c73e2cf20066f3668d06c24bfa29dea82ae9363c'],
    },
  }),
  defineDetector({
    id: 'sonar-legacy-token',
    provider: 'SonarQube / SonarCloud',
    title: 'Token (unprefixed, pre-9.5)',
    severity: 'high',
    keywords: ['sonar'],
    // Older tokens are bare 40 hex, so the name (`sonar.login`, `SONAR_TOKEN`, `sonarLogin`) must be next
    // to it. https://docs.sonarsource.com/sonarqube-server/latest/analyzing-source-code/analysis-parameters/
    pattern: String.raw`(?i:sonar)[\w.-]{0,30}?["']?[ \t]*[:=,][ \t]*["']?[ \t]*([0-9a-f]{40})\b`,
    minEntropy: 3.2,
    remediation: 'Revoke the token under My Account > Security in SonarQube/SonarCloud, then generate a new one.',
    examples: {
      positive: [
        'mvn sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=660e75ef1b1eac9019bf7d3944d220d3380903d5',
        'SONAR_TOKEN: "d71907320367743c2985d9995eeab19a1b3b0836"',
        "property 'sonar.login', 'bd4b1a5dff9f245c3f9864692faa79a209f19d1b'",
      ],
      negative: [
        'sonarqube-scanner/-/sonarqube-scanner-2.5.0.tgz#660e75ef1b1eac9019bf7d3944d220d3380903d5',
        '/d:sonar.login=$(SONAR_LOGIN)',
        'LOGIN_TOKEN=d71907320367743c2985d9995eeab19a1b3b0836',
      ],
    },
  }),
];
