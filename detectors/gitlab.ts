import { Detector, defineDetector } from '../src/detector';

// GitLab prefixes every token it issues with a kind-specific marker (`glpat-`, `glrt-`, …) followed by
// random URL-safe base64 characters; the prefix table and lengths are documented at
// https://docs.gitlab.com/ee/security/tokens/#token-prefixes
// Since GitLab 17.x some kinds are "routable": a longer base64 payload, `.`, and a 9-character base36
// tail (version + CRC), https://gitlab.com/gitlab-org/gitlab/-/issues/459572

/** After the token: anything that cannot continue a URL-safe base64 value. */
const END = '(?:[^0-9A-Za-z_-]|$)';

function gitlabToken(detector: Omit<Detector, 'provider' | 'keywords' | 'pattern'> & { prefix: string; body: string }): Detector {
  const { prefix, body, ...rest } = detector;
  return defineDetector({
    ...rest,
    provider: 'GitLab',
    keywords: [prefix.toLowerCase()],
    pattern: String.raw`\b(${prefix}${body})${END}`,
    minEntropy: rest.minEntropy ?? 3.0,
  });
}

/** 20 URL-safe base64 characters: the classic body of most GitLab tokens. */
const BODY_20 = '[0-9A-Za-z_-]{20}';
/** Routable body: 27+ base64url characters, `.`, 2-character version, 7-character CRC (base36). */
const ROUTABLE = String.raw`[0-9A-Za-z_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}`;

export const gitlabDetectors: Detector[] = [
  gitlabToken({
    id: 'gitlab-pat',
    prefix: 'glpat-',
    body: BODY_20,
    title: 'Personal, project or group access token',
    severity: 'critical',
    remediation: 'Revoke it under User settings > Access tokens (or the project/group Access tokens page), then create a new one.',
    examples: {
      positive: [
        'GITLAB_TOKEN=glpat-KWt4PpgXAPGKfyr-Q3xM',
        '{ "gitlab": { "private_token": "glpat-rm5vuhu_2YmFsH_92DOm" } }',
        'curl --header "PRIVATE-TOKEN: glpat-jDUKsVubk5M4RS0v_ggv" https://gitlab.com/api/v4/projects',
        'git clone https://oauth2:glpat-uylr65FNo0apj3n0IPia@gitlab.com/acme/app.git',
      ],
      negative: [
        'GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX',
        'GITLAB_TOKEN=glpat-3grnVRL4snBKnsxeE', // too short
        'GITLAB_TOKEN=glpat-3FOgBChS3WYunDD1CDcwQ9', // too long
        'GITLAB_TOKEN=myglpat-Cq3ypaJkySoHImaqsElf', // glued to a word
      ],
    },
  }),
  gitlabToken({
    id: 'gitlab-pat-routable',
    prefix: 'glpat-',
    body: ROUTABLE,
    minEntropy: 4.0,
    title: 'Personal access token (routable format)',
    severity: 'critical',
    remediation: 'Revoke it under User settings > Access tokens (or the project/group Access tokens page), then create a new one.',
    examples: {
      positive: [
        'GITLAB_TOKEN=glpat-FI3UhXSy1jcKE2FxOz9QVcuJS0L.01pegxp8c',
        'token: "glpat-cbaO2cujquBF-gn7paEK8q13tgSx3EAb6i.01oyw9x98"',
        'curl -H "Authorization: Bearer glpat-ALlnzYyhdILwXzHDUeGtIGCB9cE.01zlawers" https://gitlab.example.com/api/v4/user',
      ],
      negative: [
        'GITLAB_TOKEN=glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx',
        'GITLAB_TOKEN=glpat-yBNdO4sFWXtIPHXRw4V.01ob6w00p', // payload too short
        'GITLAB_TOKEN=glpat-tLt74t5urPu_TnANkSK0djr7xay.01ob6w', // tail too short
      ],
    },
  }),
  gitlabToken({
    id: 'gitlab-pipeline-trigger-token',
    prefix: 'glptt-',
    body: '[0-9a-f]{40}',
    title: 'Pipeline trigger token',
    severity: 'high',
    remediation: 'Revoke it under the project\'s Settings > CI/CD > Pipeline trigger tokens, then create a new one.',
    examples: {
      positive: [
        'curl -X POST -F token=glptt-39fd14dd00ef390e9b4d394ad4186c5a92058c02 -F ref=main https://gitlab.com/api/v4/projects/1/trigger/pipeline',
        'TRIGGER_TOKEN: glptt-c07a6df7d613271f8d77c9402d70b0fdd554a34d',
        '{ "trigger_token": "glptt-db9f2c446d33c45820aadd039220e332796815bd" }',
      ],
      negative: [
        'TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'TRIGGER_TOKEN=glptt-08ab5948f010d154d4a4a0c6f0bee09fba6d70', // too short
        'TRIGGER_TOKEN=glptt-191B6E10FB5B70ED8F687EC20DF81D294C694C33', // uppercase: not GitLab\'s hex
      ],
    },
  }),
  gitlabToken({
    id: 'gitlab-runner-registration-token',
    prefix: 'GR1348941',
    body: BODY_20,
    title: 'Runner registration token (deprecated)',
    severity: 'high',
    remediation: 'Reset the registration token on the project/group/instance Runners page, and move to runner authentication tokens.',
    examples: {
      positive: [
        'gitlab-runner register --url https://gitlab.com/ --registration-token "GR1348941QdMBLx4R_sqc17eWEbki"',
        'RUNNER_TOKEN=GR1348941hBl63yHAgxQ-_E3Gd4ZE',
        'runners:\n  registrationToken: GR1348941dFaPyHsyxOLUh5nSj-iJ',
      ],
      negative: ['RUNNER_TOKEN=GR134894112312312312312312312', 'RUNNER_TOKEN=GR1348941XXXXXXXXXXXXXXXXXXXX', 'RUNNER_TOKEN=GR1348941hAzkUrGbNfD9OXtq' /* too short */],
    },
  }),
  gitlabToken({
    id: 'gitlab-runner-auth-token',
    prefix: 'glrt-',
    body: String.raw`(?:${BODY_20}|t\d_${ROUTABLE})`,
    title: 'Runner authentication token',
    severity: 'high',
    remediation: 'Delete or reset the runner under Settings > CI/CD > Runners, then register it again with a new token.',
    examples: {
      positive: [
        'gitlab-runner register --non-interactive --url https://gitlab.com --token glrt-TZ0QnBrZAbpsKlrOKAP5',
        'token = "glrt-t1_gDFPJCZflEKcBFN7dyV81vWqKIimzfG.01oyw9x98"',
        'RUNNER_AUTH_TOKEN: glrt-1vWqKIimzfGlLCp6xkhX',
      ],
      negative: ['token = "glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx"', 'token = "glrt-1vWqKIimzfGlLCp6"', 'token = "xglrt-hAzkUrGbNfD9OXtqDfJA"'],
    },
  }),
  gitlabToken({
    id: 'gitlab-deploy-token',
    prefix: 'gldt-',
    body: BODY_20,
    title: 'Deploy token',
    severity: 'high',
    remediation: 'Revoke it under the project\'s Settings > Repository > Deploy tokens, then create a new one.',
    examples: {
      positive: [
        'docker login -u gitlab+deploy-token-1 -p gldt-hAzkUrGbNfD9OXtqDfJA registry.gitlab.com',
        'DEPLOY_TOKEN=gldt-gDFPJCZflEKcBFN7dyV8',
        'git clone https://deployer:gldt-TZ0QnBrZAbpsKlrOKAP5@gitlab.com/acme/app.git',
      ],
      negative: ['DEPLOY_TOKEN=gldt-XXXXXXXXXXXXXXXXXXXX', 'DEPLOY_TOKEN=gldt-gDFPJCZflEKcBFN', 'DEPLOY_TOKEN=gldt-gDFPJCZflEKcBFN7dyV8aa'],
    },
  }),
  gitlabToken({
    id: 'gitlab-feed-token',
    prefix: 'glft-',
    body: BODY_20,
    title: 'Feed token',
    severity: 'medium',
    remediation: 'Reset the feed token under User settings > Access tokens.',
    examples: {
      positive: [
        'https://gitlab.com/dashboard/issues.atom?feed_token=glft-FOnsLiPmHMvHHzCqZH2z',
        'FEED_TOKEN=glft-dP57qJgcadQk1ZMLl6zC',
        '{ "feed": "glft-lIPg9ajYDbFrymROlpZh" }',
      ],
      negative: ['FEED_TOKEN=glft-XXXXXXXXXXXXXXXXXXXX', 'FEED_TOKEN=glft-dP57qJgcadQk1ZML', 'FEED_TOKEN=aglft-lIPg9ajYDbFrymROlpZh'],
    },
  }),
  gitlabToken({
    id: 'gitlab-oauth-app-secret',
    prefix: 'gloas-',
    body: '[0-9A-Za-z_-]{64}',
    title: 'OAuth application secret',
    severity: 'high',
    remediation: 'Renew the secret of the OAuth application under Applications settings, then update its clients.',
    examples: {
      positive: [
        'GITLAB_CLIENT_SECRET=gloas-BNdPuPvuH_7VhWez7EJnYBP1oACPRawbLNOXlHtQhRjppuD0FdF3c6P33WkOFDjU',
        'client_secret: "gloas-zhkLbI92yCNOfnsN8CMcGkny-omrPgXaNaUxyOucAma2BbqRe1AEAK5Gik-F_g06"',
        '{ "secret": "gloas-ZaYoHqDam6u826Ww-bPbFSbPF8ApP_W1g_4aLlI89LDi1G3UgDaCk2CZ8_HYTxwy" }',
      ],
      negative: [
        'GITLAB_CLIENT_SECRET=gloas-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'GITLAB_CLIENT_SECRET=gloas-F_TLMv9rTOv150C6Hi6fCrdS1P9oY62bWfTMa6Szcfn92pS6tn', // too short
        'GITLAB_CLIENT_SECRET=gloas-F_TLMv9rTOv150C6Hi6fCrdS1P9oY62bWfTMa6Szcfn92pS6tnMpTSmOY5SRQuCyAB', // too long
      ],
    },
  }),
  gitlabToken({
    id: 'gitlab-scim-token',
    prefix: 'glsoat-',
    body: BODY_20,
    title: 'SCIM OAuth access token',
    severity: 'high',
    remediation: 'Reset the SCIM token under the group\'s Settings > SAML SSO, then update the identity provider.',
    examples: {
      positive: ['SCIM_TOKEN=glsoat-eeQFUhGRUjSJ-MELNS8Y', 'scim:\n  token: "glsoat-KWt4PpgXAPGKfyr-Q3xM"', 'Authorization: Bearer glsoat-rm5vuhu_2YmFsH_92DOm'],
      negative: ['SCIM_TOKEN=glsoat-XXXXXXXXXXXXXXXXXXXX', 'SCIM_TOKEN=glsoat-eeQFUhGRUjSJ', 'SCIM_TOKEN=glsoat-eeQFUhGRUjSJ-MELNS8Yabc'],
    },
  }),
  gitlabToken({
    id: 'gitlab-ci-job-token',
    prefix: 'glcbt-',
    body: '[0-9a-zA-Z]{1,5}_[0-9A-Za-z_-]{20}',
    title: 'CI/CD job token',
    // Valid only while its job runs, but grants the job's project and package access until then.
    severity: 'medium',
    remediation: 'Cancel the job (its token expires when the job ends) and review the project\'s job token allowlist.',
    examples: {
      positive: [
        'CI_JOB_TOKEN=glcbt-mMY9G_jDUKsVubk5M4RS0v_ggv',
        'curl --header "JOB-TOKEN: glcbt-I6jle_uylr65FNo0apj3n0IPia" https://gitlab.com/api/v4/jobs',
        '{ "job_token": "glcbt-64_3grnVRL4snBKnsxeEYYg" }',
      ],
      negative: ['CI_JOB_TOKEN=glcbt-XXXXX_XXXXXXXXXXXXXXXXXXXX', 'CI_JOB_TOKEN=glcbt-mMY9G_jDUKsVubk5M4', 'CI_JOB_TOKEN=glcbt-jDUKsVubk5M4RS0v_ggv'],
    },
  }),
  gitlabToken({
    id: 'gitlab-incoming-mail-token',
    prefix: 'glimt-',
    body: '[0-9A-Za-z_-]{25}',
    title: 'Incoming email token',
    severity: 'medium',
    remediation: 'Reset the incoming email token under User settings > Access tokens.',
    examples: {
      positive: ['INCOMING_MAIL=glimt-FOnsLiPmHMvHHzCqZH2zbEEUd', 'to: "reply+glimt-dP57qJgcadQk1ZMLl6zC4jz8r@incoming.gitlab.com"', '{ "incoming_email_token": "glimt-lIPg9ajYDbFrymROlpZho5hSF" }'],
      negative: ['INCOMING_MAIL=glimt-XXXXXXXXXXXXXXXXXXXXXXXXX', 'INCOMING_MAIL=glimt-FOnsLiPmHMvHHzCqZH2z', 'INCOMING_MAIL=glimt-eeQFUhGRUjSJ-MELNS8YItcSjABC'],
    },
  }),
  gitlabToken({
    id: 'gitlab-agent-token',
    prefix: 'glagent-',
    body: '[0-9A-Za-z_-]{50}',
    title: 'Agent for Kubernetes token',
    severity: 'critical',
    remediation: 'Revoke the agent token under Operate > Kubernetes clusters > the agent > Access tokens, then create a new one.',
    examples: {
      positive: [
        'helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=glagent-kInAMt6DwVkOpFXyR61cYXTtNa_Vn-sU4CD-Vo2Xsri52_xKV-',
        'AGENT_TOKEN=glagent-fwPv6W820wJaJb8MKXdlZGW8WUg9JbvUalGfaBT3zXJu4nJsjf',
        'config:\n  token: "glagent-MVU_scW9A0jBoIUCaS1ni2ig2YOnyLJF7vV8_AMSJofZ-ePq74"',
      ],
      negative: [
        'AGENT_TOKEN=glagent-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'AGENT_TOKEN=glagent-Jzgqzz8TUlGGbwq69efMf6yupIidKHz0obGZTWcw', // too short
        'AGENT_TOKEN=glagent-Jzgqzz8TUlGGbwq69efMf6yupIidKHz0obGZTWcwnR8k32yTSZQQ', // too long
      ],
    },
  }),
  gitlabToken({
    id: 'gitlab-feature-flag-client-token',
    prefix: 'glffct-',
    body: BODY_20,
    title: 'Feature flags client token',
    severity: 'low',
    remediation: 'Reset the instance ID under Deploy > Feature flags > Configure.',
    examples: {
      positive: ['UNLEASH_INSTANCE_ID=glffct-RG1FqpLrAUVfoam3QlL1', 'instanceId: "glffct-eL7rwzbLx5f9rU8A1KNq"', '{ "instance_id": "glffct-QdMBLx4R_sqc17eWEbki" }'],
      negative: ['UNLEASH_INSTANCE_ID=glffct-XXXXXXXXXXXXXXXXXXXX', 'UNLEASH_INSTANCE_ID=glffct-RG1FqpLrAUVfoa', 'UNLEASH_INSTANCE_ID=xglffct-eL7rwzbLx5f9rU8A1KNq'],
    },
  }),
  defineDetector({
    id: 'gitlab-session-cookie',
    provider: 'GitLab',
    title: 'Session cookie',
    severity: 'high',
    keywords: ['_gitlab_session='],
    // The web session cookie `_gitlab_session` holds a 32-character lowercase hex/base36 session id.
    // https://docs.gitlab.com/ee/user/profile/#cookies-used-for-sign-in
    pattern: String.raw`_gitlab_session=([0-9a-z]{32})\b`,
    minEntropy: 3.0,
    remediation: 'Sign out of all sessions (User settings > Active sessions > Revoke), which invalidates the cookie.',
    examples: {
      positive: [
        'curl -b "_gitlab_session=6f377dbfd1332543006344cfaf990b43" https://gitlab.com/dashboard',
        'Cookie: _gitlab_session=9cc3f786b2da3b9805c9304c0680313c; preferred_language=en',
        'document.cookie = "_gitlab_session=559c2f1c10b6669e92925b41318a1985";',
      ],
      negative: ['Cookie: _gitlab_session=00000000000000000000000000000000', 'Cookie: _gitlab_session=6f377dbfd1332543', 'Cookie: _gitlab_session=${SESSION}'],
    },
  }),
];
