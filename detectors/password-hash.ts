import { defineDetector } from '../src/detector';

// crypt(3)-style hashes from /etc/shadow, htpasswd and Cisco configs: crackable offline.
// Formats: https://passlib.readthedocs.io/en/stable/modular_crypt_format.html
// $1$ md5crypt, $apr1$ Apache md5, $2a/b/x/y$ bcrypt (cost + 53 chars), $5$/$6$ sha-crypt,
// $8$/$9$ Cisco PBKDF2 / scrypt.
const B64 = '[./A-Za-z0-9]';
const HASHES = [
  String.raw`\$(?:1|apr1)\$${B64}{1,8}\$${B64}{22}`,
  String.raw`\$2[abxy]\$\d{2}\$${B64}{53}`,
  String.raw`\$5\$(?:rounds=\d{1,9}\$)?${B64}{1,16}\$${B64}{43}`,
  String.raw`\$6\$(?:rounds=\d{1,9}\$)?${B64}{1,16}\$${B64}{86}`,
  String.raw`\$[89]\$${B64}{14}\$${B64}{43}`,
].join('|');

export const passwordHashCrypt = defineDetector({
  id: 'password-hash-crypt',
  provider: 'Password hash',
  title: 'Password hash (crypt, bcrypt, sha512-crypt, htpasswd)',
  severity: 'medium',
  keywords: ['$1$', '$apr1$', '$2a$', '$2b$', '$2x$', '$2y$', '$5$', '$6$', '$8$', '$9$'],
  pattern: String.raw`(?:^|[^\w$])((?:${HASHES}))(?:[^./A-Za-z0-9$]|$)`,
  minEntropy: 3.5,
  remediation: 'Change the password the hash belongs to (it can be cracked offline), and keep shadow / htpasswd files out of the repository.',
  examples: {
    positive: [
      { text: 'deploy:$6$SsH8uh6p$PphVZpliagWryNGRVbfZyPJBB4hYPhO0O.68RKaqsAlqqnUNyt.p1cdoQeE2OB.wcX1gTgi3JQrIkx2dj.Fb7x:19500:0:99999:7:::\n', path: 'etc/shadow' },
      { text: 'admin:$apr1$pOqbW.gJ$Id9b/.LtSySlmwuZOclfgZ\n', path: '.htpasswd' },
      "INSERT INTO users (email, password) VALUES ('ops@acme-corp.io', '$2y$12$7qyc4k7av2SVZDzEa7wUl5cQf087eul5WCLkI2Q94cCOWbeafeOyF');",
    ],
    negative: [
      'The format is $6$salt$hash (see crypt(3)).',
      '$2y$12$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'price: $1$ per unit and $5$ shipping',
    ],
  },
});

export const kerberosAsrepHash = defineDetector({
  id: 'kerberos-asrep-hash',
  provider: 'Kerberos',
  title: 'Kerberos AS-REP roasting hash (etype 23)',
  severity: 'high',
  keywords: ['$krb5asrep$'],
  // hashcat mode 18200: $krb5asrep$23$[user@realm:]<32 hex checksum>$<hex encrypted part>.
  // https://hashcat.net/wiki/doku.php?id=example_hashes
  pattern: String.raw`(\$krb5asrep\$23\$(?:[^\s:$]{1,128}:)?[0-9a-fA-F]{32}\$[0-9a-fA-F]{64,})`,
  minEntropy: 3.0,
  remediation: 'Enable Kerberos pre-authentication for the account and change its password: the hash can be cracked offline.',
  examples: {
    positive: [
      '$krb5asrep$23$svc_sql@CORP.LOCAL:4d2a7b9c1e8f3a6d5b0c9e2f7a4d1b8c$9e3f1a7c5b2d8e4f6a0c3b9d7e1f5a2c8b4d6e0f3a9c7b5d1e8f2a4c6b0d9e3f7a1c5b8d2e6f4a0c9b3d7e5f1a8c2b6d4e0f9a3c7b1d5e8f2a6c4b0d3e9f7a5c1b8d6e2f4a0c',
      'hashes.txt:\n$krb5asrep$23$8c1f5a9e3b7d2f6a0c4e8b1d5f9a3c7e$2b6d0f4a8c1e5b9d3f7a0c4e8b2d6f1a5c9e3b7d0f4a8c2e6b1d5f9a3c7e0b4d8f2a6c1e5b9d3f7a0c4e8b2d6f1a5c9e3b7d0f',
      'found = "$krb5asrep$23$a7e3c9f1b5d2e8a4c6f0b3d9e7a1c5f2$d4b8f2a6c0e3b7d1f5a9c4e8b2d6f0a3c7e1b5d9f4a8c2e6b0d3f7a1c5e9b4d8f2a6c0e3b7d1f5a9c4e8b2d6f0a3c7e1b5d9f4a8"',
    ],
    negative: ['hashcat -m 18200 $krb5asrep$23$<user>:<hash>', '$krb5asrep$23$user@corp:abc$def', '$krb5asrep$17$4d2a7b9c1e8f3a6d5b0c9e2f7a4d1b8c$9e3f1a7c'],
  },
});

export const passwordHashDetectors = [passwordHashCrypt, kerberosAsrepHash];
