import { defineDetector } from '../src/detector';

export const terraformDetectors = [
  defineDetector({
    id: 'terraform-cloud-token',
    provider: 'HCP Terraform (Terraform Cloud / Enterprise)',
    title: 'User, team or organization API token',
    severity: 'critical',
    keywords: ['.atlasv1.'],
    // API tokens are `<14 base62>.atlasv1.<60-70 base64url>`.
    // https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens ,
    // https://github.com/hashicorp/go-tfe (token format in tests)
    pattern: String.raw`\b([0-9A-Za-z]{14}\.atlasv1\.[0-9A-Za-z_=-]{60,70})(?:[^0-9A-Za-z_=-]|$)`,
    minEntropy: 3.5,
    remediation: 'Revoke the token at app.terraform.io/app/settings/tokens (or the team/organization API tokens page), then create a new one.',
    examples: {
      positive: [
        'credentials "app.terraform.io" {\n  token = "HJOXikBB9dIvn9.atlasv1.BlSdYzArVQdmxGQbUiO3R1jEtJDbOH5sFl4GzjjQkNvlz4E8x0OmHSsmZs2C4uiPzUo"\n}',
        'TF_TOKEN_app_terraform_io=SIZHWO32gyoCGP.atlasv1.UtZjqZOtUkkaDCbl455gCJ3W2mTvl8vkoI8sd8VPBAc4zEc0EtTaIeN1an1SMlj97Qq',
        '{ "credentials": { "app.terraform.io": { "token": "dMD2dS1kScReLZ.atlasv1.RtZyHwtQuVLCzDaB3q9PCjuydD20LwbaZbd4SfklYqBK8Oxr7Z2SAkOR2ymKCM6kirJ" } } }',
      ],
      negative: [
        'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        'token = "HJOXikBB9dIvn9.atlasv1.BlSdYzArVQdmxGQbUiO3R1jEtJDbOH5sFl4Gzjj"', // too short
        'token = "HJOXikBB9dIv.atlasv1.BlSdYzArVQdmxGQbUiO3R1jEtJDbOH5sFl4GzjjQkNvlz4E8x0OmHSsmZs2C4uiPzUo"', // id part too short
      ],
    },
  }),
];
