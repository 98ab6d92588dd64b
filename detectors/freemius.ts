import { defineDetector } from '../src/detector';

// Freemius SDK secret keys: `sk_` + 29 printable characters, set as `'secret_key' => '…'` in the
// PHP SDK configuration array. https://freemius.com/help/documentation/wordpress-sdk/
// https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/freemius.go (format reference)
export const freemiusSecretKey = defineDetector({
  id: 'freemius-secret-key',
  provider: 'Freemius',
  title: 'SDK secret key',
  severity: 'high',
  keywords: ['"secret_key"', "'secret_key'"],
  pattern: String.raw`["']secret_key["']\s*=>\s*["'](sk_[!-&(-~]{29})["']`,
  minEntropy: 3.5,
  remediation: 'Regenerate the secret key in the Freemius Developer Dashboard (Settings → Keys), then update the plugin configuration.',
  examples: {
    positive: [
      { text: '$config = array(\n  "secret_key" => "sk_c3j27xdcg#P7r5&@*2lMLzgeonyLG",\n);', path: 'freemius.php' },
      { text: "fs_dynamic_init( array( 'id' => '1234', 'secret_key' => 'sk_cTJFiz4soCmZ9cpvnpKnA1hEDCM4P' ) );", path: 'plugin.php' },
      "'secret_key'=>'sk_mBxdUcl1MhOoSfAqFdpR$%aj71FtQ',",
    ],
    negative: [
      '"other_key" => "sk_UwOgSBEkxGZG2SYE9B2rANN76DeYt",',
      '"secret_key" => "sk_ZaEkoMxrRVFT",', // too short
      '"secret_key" => "sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx",',
    ],
  },
});

export const freemiusDetectors = [freemiusSecretKey];
