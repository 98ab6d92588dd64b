import { defineDetector } from '../src/detector';

export const pypiDetectors = [
  defineDetector({
    id: 'pypi-upload-token',
    provider: 'PyPI',
    title: 'API (upload) token',
    severity: 'critical',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    // PyPI tokens are macaroons serialized as `pypi-` + base64url; the serialized header always encodes
    // the location `pypi.org` (`AgEIcHlwaS5vcmc`) or `test.pypi.org` (`AgENdGVzdC5weXBpLm9yZw`).
    // https://pypi.org/help/#apitoken , https://warehouse.pypa.io/development/token-scanning.html
    pattern: String.raw`\b(pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[0-9A-Za-z_-]{50,1000})(?:[^0-9A-Za-z_-]|$)`,
    minEntropy: 4.0,
    remediation: 'Remove the token at pypi.org/manage/account/token/ (or test.pypi.org), then create a new project-scoped one.',
    examples: {
      positive: [
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcDqMN-oOGdzidwVtoC1i2gUd2V50prHp0biaMhRkrmjPNm3pemW3oin2Z0nphBfpXiPgiNitnuFArSz7R-KZUAOXPAl2GLKNGvjOu6D8q4DvpsFnvvoYTXhYlu18_xLI9vQE1jpODTnf1ckI0rWPFlp',
        '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcdnxQ2h_5DabVz3i6gBM1KjD6wp_dqgtnC-AbfvGMOCva4Jcmt2XWBfuoB-YBo5hi2zZxQOuMtmx8Q6TkwWlOonQoBVRxxgf4sy4gt_PgEC3ZgBXTESAQq9QH_QRVs1EC2SbMI2L4owTsCYOcGCNSTb',
        'with:\n  password: pypi-AgENdGVzdC5weXBpLm9yZwO0n4fcN-EN292oUVSIEvFYSzW_ptIMs07oYtyt0Nndo8ojrOn6c2s2HprhYg7TXJsA37fyX5lrX5oSte913XEM1bcZd-GXOmgcdGp4-l38bP8p5hcF22OEKZqAnW9gS6na9Sbr-mCsGeJS4aEDJNmj',
      ],
      negative: [
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcVP48RF1VisGGj63lc1bBIxHCcvx', // truncated
        'TWINE_PASSWORD=pypi-BFAxQRvyL1BT9Yj5qefcaGejoLoonG0iJxqMBO36tqy8pzWphH0RmqGfzbUTyEUWhX1nE7CV-oF54Tu36cIVKsklzm51PQ4YKRLyU9VXLjCC', // not a macaroon header
      ],
    },
  }),
];
