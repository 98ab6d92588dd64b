import { defineDetector } from '../src/detector';

export const jenkinsDetectors = [
  defineDetector({
    id: 'jenkins-api-token',
    provider: 'Jenkins',
    title: 'API token or crumb',
    severity: 'high',
    keywords: ['jenkins'],
    // API tokens are `11` + 32 hex since Jenkins 2.129 (32 hex before); build-trigger tokens are often
    // UUIDs. None has a prefix, so the name must say jenkins.
    // https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/ ,
    // https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/security/apitoken/ApiTokenStore.java
    pattern: String.raw`(?i:jenkins)[\w.-]{0,30}?["']?[ \t]*(?::=|=>|[:=])[ \t]*["']?((?:11)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
    minEntropy: 3.0,
    remediation: 'Revoke the token under the user\'s Configure > API Token in Jenkins, then generate a new one.',
    examples: {
      positive: [
        'JENKINS_API_TOKEN=116f377dbfd1332543006344cfaf990b43',
        "jenkins_passwd = '9cc3f786b2da3b9805c9304c0680313c'",
        'readonly static string jenkinsToken = "70e618f7-e6dd-4750-b30f-5d43896d04ef";',
        'curl -X POST http://ci.acme.dev/job/app/build -H "Jenkins-Crumb:559c2f1c10b6669e92925b41318a1985"',
      ],
      negative: [
        'JENKINS_API_TOKEN=00000000000000000000000000000000',
        'JENKINS_URL=https://ci.acme.dev/',
        'API_TOKEN=116f377dbfd1332543006344cfaf990b43', // no jenkins name
      ],
    },
  }),
  defineDetector({
    id: 'jenkins-initial-admin-password',
    provider: 'Jenkins',
    title: 'Initial admin password (setup wizard)',
    severity: 'high',
    keywords: ['proceed to installation', 'initialadminpassword'],
    // First start prints "Please use the following password to proceed to installation:" and a 32-hex
    // password, also stored in secrets/initialAdminPassword.
    // https://www.jenkins.io/doc/book/installing/linux/#unlocking-jenkins
    pattern: String.raw`(?:proceed to installation:\s{1,10}|(?i:initialAdminPassword)["']?[ \t]*[:=][ \t]*["']?)([0-9a-f]{32})\b`,
    minEntropy: 3.0,
    remediation: 'Change the admin password (or delete the setup user) in Manage Jenkins > Users, and keep setup logs out of the repository.',
    examples: {
      positive: [
        'Please use the following password to proceed to installation:\n\n6f377dbfd1332543006344cfaf990b43\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword',
        'initialAdminPassword=9cc3f786b2da3b9805c9304c0680313c',
        'Please use the following password to proceed to installation: 559c2f1c10b6669e92925b41318a1985',
      ],
      negative: [
        'Please use the following password to proceed to installation:\n\n<password>',
        'cat /var/jenkins_home/secrets/initialAdminPassword',
        'initialAdminPassword=00000000000000000000000000000000',
      ],
    },
  }),
];
