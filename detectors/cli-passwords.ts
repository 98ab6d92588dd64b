import { defineDetector } from '../src/detector';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// Passwords typed into database, SSH and Windows command lines in scripts, CI files and READMEs.
// `$VAR` / `%VAR%` are references, and flags that prompt (`mysql -p`, `net use … *`) carry nothing.
const ROTATE = 'Change the account password, and pass it through an option file, credential store or environment variable instead of the command line (which also shows it in ps and shell history).';

/** A literal password: not a reference, not a placeholder, and not `root` / `test`-level trivial. */
function isLiteralPassword(password: string): boolean {
  return !/^[$%]/.test(password) && isPlausiblePassword(password);
}

export const mysqlCliPassword = defineDetector({
  id: 'mysql-cli-password',
  provider: 'MySQL / MariaDB',
  title: 'Password on a mysql / mysqldump command line',
  severity: 'high',
  keywords: ['mysql', 'mariadb'],
  // `-p<password>` (glued: `-p` alone prompts) or `--password=<password>`; `-P` is the port.
  // https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password
  pattern: String.raw`\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mariadb|mariadb-dump)\b[^\n|;&]{0,200}?\s(?:-p|--password=)["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      'mysqldump -h db.acme-corp.io -u backup -piyDZxSxniIi6 shop > shop.sql',
      "RUN mysql -uroot --password='PRBXo4LSFTEw' -e 'CREATE DATABASE app'",
      'mysql --user=doadmin --password=ufp1w2kx!KCbg --host=db-mysql-ams3.acme-corp.io',
    ],
    negative: [
      'mysql -u root -p shop', // prompts
      'mysql -h db -P 3306 -u app -p"$MYSQL_PASSWORD" shop',
      'mysqldump -u root --password=password shop',
      'mysql -uroot -proot',
    ],
  },
});

export const sshpassPassword = defineDetector({
  id: 'sshpass-password',
  provider: 'SSH',
  title: 'Password in sshpass -p',
  severity: 'high',
  keywords: ['sshpass'],
  // sshpass -p <password> ssh …; -f/-e/-d read it from a file, the environment or a descriptor.
  // https://linux.die.net/man/1/sshpass
  pattern: String.raw`\bsshpass\s+(?:-[vP]\s+\S+\s+|-v\s+)*-p\s*["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      'sshpass -p ZT3xwxnSks5x ssh deploy@10.0.4.12 "systemctl restart app"',
      "- shell: sshpass -p 'BpdYUVI1OZum' scp build.tgz ops@web01:/srv/",
      'sshpass -v -p"vFJxXaAmiaHU" rsync -a ./dist/ www@web02:/var/www/',
    ],
    negative: ['sshpass -p "$SSH_PASS" ssh deploy@host', 'sshpass -f ~/.ssh/pass ssh deploy@host', 'sshpass -p password ssh root@host'],
  },
});

export const sqlcmdPassword = defineDetector({
  id: 'sqlcmd-password',
  provider: 'SQL Server',
  title: 'Password in sqlcmd / bcp -P',
  severity: 'high',
  keywords: ['sqlcmd', 'bcp ', 'osql'],
  // sqlcmd -S server -U login -P password (capital P; -p prints statistics).
  // https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility
  pattern: String.raw`\b(?:sqlcmd|bcp|osql)\b[^\n|;&]{0,200}?\s-P\s*["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      'sqlcmd -S sql01.acme.local -U sa -P iBxG5935xwjX -Q "BACKUP DATABASE Erp TO DISK=\'e.bak\'"',
      '/opt/mssql-tools/bin/sqlcmd -S localhost -U SA -P "Xz0KZbyXQr40!" -i init.sql',
      'bcp Sales.dbo.Orders out orders.dat -S sql02 -U etl -P UtI889VO60dl -c',
    ],
    negative: ['sqlcmd -S localhost -U SA -P "$SA_PASSWORD" -i init.sql', 'sqlcmd -S localhost -U SA -P <YourStrong@Passw0rd>', 'sqlcmd -S localhost -E -p'],
  },
});

export const redisCliPassword = defineDetector({
  id: 'redis-cli-password',
  provider: 'Redis',
  title: 'Password in redis-cli -a',
  severity: 'high',
  keywords: ['redis-cli'],
  // redis-cli -a <password> (or --pass). https://redis.io/docs/latest/develop/tools/cli/
  pattern: String.raw`\bredis-cli\b[^\n|;&]{0,200}?\s(?:-a|--pass)\s+["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      'redis-cli -h cache.acme-corp.io -p 6380 -a KA80Qhb3khnA --tls ping',
      'docker exec redis redis-cli --pass "kBstqtzvpAnk9" FLUSHALL',
      "healthcheck:\n  test: [\"CMD-SHELL\", \"redis-cli -a '0mZtR40cRfUt' ping\"]",
    ],
    negative: ['redis-cli -a "$REDIS_PASSWORD" ping', 'redis-cli -a yourpassword ping', 'redis-cli -h cache -p 6379 ping'],
  },
});

export const netUsePassword = defineDetector({
  id: 'net-use-password',
  provider: 'Windows',
  title: 'Password in net use',
  severity: 'high',
  keywords: ['net use'],
  // net use [drive:] \\server\share [password | *] [/user:[domain\]user]; the password may also
  // follow /user:. https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gg651155(v=ws.11)
  pattern: String.raw`(?i)\bnet\s+use\b[^\n]{0,120}?(?:\s/user:\S+\s+|\\\\\S+\s+)["']?([^\s"'/*]{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      'net use Z: \\\\fs01\\builds iyDZxSxniIi6 /user:CORP\\builder',
      'NET USE \\\\10.0.0.5\\IPC$ /user:Administrator PRBXo4LSFTEw',
      'cmd /c "net use S: \\\\nas.acme.local\\share ufp1w2kxKCbg /user:nas\\backup /persistent:no"',
    ],
    negative: ['net use Z: \\\\fs01\\builds * /user:CORP\\builder', 'net use Z: \\\\fs01\\builds /user:CORP\\builder %PASSWORD%', 'net use Z: /delete'],
  },
});

export const registryLoginPassword = defineDetector({
  id: 'registry-login-password',
  provider: 'Container registry',
  title: 'Password in docker / podman / oc / cf login -p',
  severity: 'critical',
  keywords: ['docker login', 'podman login', 'nerdctl login', 'buildah login', 'skopeo login', 'registry login', 'oc login', 'cf login'],
  // `docker login -u <user> -p <password> <registry>` (also podman, nerdctl, buildah, skopeo,
  // helm registry, OpenShift oc, Cloud Foundry cf). `--password-stdin` carries nothing.
  // https://docs.docker.com/reference/cli/docker/login/
  pattern: String.raw`\b(?:docker|podman|nerdctl|buildah|skopeo|helm\s+registry|oc|cf)\s+login\b[^\n|;&]{0,200}?\s(?:-p|--password)(?:\s+|=)["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: 'Revoke the password or access token at the registry (Docker Hub → Account settings → Personal access tokens, or your registry), and log in with --password-stdin from a CI secret.',
  examples: {
    positive: [
      'docker login -u ci-bot -p xpoektQs6Tzy registry.acme-corp.io',
      "- run: podman login --username deploy --password 'f89Z1CoVb1z2' quay.io",
      'oc login https://api.ocp.acme-corp.io:6443 -u admin -p lABF5q5rzvx4 --insecure-skip-tls-verify',
    ],
    negative: [
      'echo "$CR_PAT" | docker login ghcr.io -u octo --password-stdin',
      'docker login -u ci-bot -p "$REGISTRY_PASSWORD" registry.acme-corp.io',
      'docker login -u user -p password',
    ],
  },
});

export const azureCliLoginPassword = defineDetector({
  id: 'azure-cli-login-password',
  provider: 'Azure',
  title: 'Password or client secret in az login -p',
  severity: 'critical',
  keywords: ['az login', 'az acr login'],
  // `az login -u <user> -p <password>`, `az login --service-principal -u <app id> -p <client
  // secret>` (a certificate path is no secret), `az acr login -u … -p …`.
  // https://learn.microsoft.com/en-us/cli/azure/reference-index#az-login
  pattern: String.raw`\baz\s+(?:acr\s+)?login\b[^\n|;&]*?\s(?:-p|--password)(?:\s+|=)["']?([^\s"']+)`,
  minEntropy: 2.5,
  validate: (secret) => isLiteralPassword(secret) && !/\.(?:pem|crt|cer|pfx|p12)$/i.test(secret),
  remediation: 'Reset the password, or delete the service principal\'s client secret (Entra ID → App registrations → Certificates & secrets) and create a new one; log in with a managed identity or federated credentials in CI.',
  examples: {
    positive: [
      "az login --service-principal -u 0b1c6a3f-8e2d-47a9-b5c0-3e6f1d8a2b4c -p 'Zq3vT9xLm2Kp8Wn4Rb' --tenant acme.onmicrosoft.com",
      'az login -u ops@acme-corp.io -p Wk3vT9qLm8Zp',
      '- script: az acr login --name acmecr --username acmecr --password Hn5Jw8Pb3Ck6TyQ2',
    ],
    negative: [
      'az login --service-principal -u $APP_ID -p $CLIENT_SECRET --tenant $TENANT_ID',
      'az login --service-principal -u 0b1c6a3f-8e2d-47a9-b5c0-3e6f1d8a2b4c -p ./certs/sp.pem --tenant acme.onmicrosoft.com',
      'az login --identity',
      'az login -u user@example.com -p <password>',
    ],
  },
});

export const ldapBindPassword = defineDetector({
  id: 'ldap-bind-password',
  provider: 'LDAP',
  title: 'Bind password in ldapsearch / ldapmodify -w',
  severity: 'high',
  keywords: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd'],
  // OpenLDAP clients: `-w <passwd>` is the simple-bind password (`-W` prompts, `-y` reads a file).
  // https://www.openldap.org/software/man.cgi?query=ldapsearch
  pattern: String.raw`\bldap(?:search|modify|add|delete|whoami|passwd)\b[^\n|;&]{0,200}?\s-w\s*["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      'ldapsearch -x -H ldaps://ldap.acme-corp.io -D "cn=reader,dc=acme,dc=io" -w rEdJxDweRsRf -b "dc=acme,dc=io" uid=jdoe',
      "ldapmodify -x -D cn=admin,dc=acme,dc=local -w 'LlXMBaCHLNLp' -f change.ldif",
      'ldapwhoami -x -D uid=svc,ou=apps,dc=acme -w"yupBf2QTPVEw"',
    ],
    negative: ['ldapsearch -x -D cn=admin,dc=acme -W -b dc=acme', 'ldapsearch -x -D cn=admin,dc=acme -w "$LDAP_PW" -b dc=acme', 'ldapsearch -x -D cn=admin,dc=acme -w secret -b dc=acme'],
  },
});

export const keytoolPassword = defineDetector({
  id: 'keytool-password',
  provider: 'Java keystore',
  title: 'Keystore password in keytool / jarsigner -storepass',
  severity: 'high',
  keywords: ['keytool', 'jarsigner'],
  // -storepass / -keypass / -srcstorepass / -deststorepass <password>; `:env` / `:file` variants
  // read it from elsewhere. https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html
  pattern: String.raw`\b(?:keytool|jarsigner)\b[^\n|;&]{0,300}?\s-(?:src|dest)?(?:storepass|keypass)\s+["']?([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: 'Change the keystore and key passwords (keytool -storepasswd / -keypasswd), re-issue the signing key if the keystore also leaked, and pass passwords via -storepass:env.',
  examples: {
    positive: [
      'keytool -genkeypair -alias release -keystore release.jks -storepass rYHKiVB9Ng20 -keyalg RSA',
      'jarsigner -keystore release.jks -storepass "DP4R0t83NCGV" app.apk release',
      "keytool -importkeystore -srckeystore a.p12 -srcstoretype PKCS12 -srcstorepass 'IM0QfDsrTFCp' -destkeystore b.jks",
    ],
    negative: ['keytool -list -keystore cacerts -storepass changeit', 'keytool -list -keystore a.jks -storepass:env STORE_PASS', 'keytool -list -keystore a.jks -storepass "$STORE_PASS"'],
  },
});

export const opensslPassArgument = defineDetector({
  id: 'openssl-pass-argument',
  provider: 'OpenSSL',
  title: 'Passphrase in openssl -passin / -passout pass:…',
  severity: 'medium',
  keywords: ['-pass'],
  // `pass:<password>` puts the passphrase itself on the command line (env:, file:, fd: do not).
  // https://docs.openssl.org/master/man1/openssl-passphrase-options/
  pattern: String.raw`\s-(?:passin|passout|password|pass)\s+["']?pass:([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: 'Re-encrypt the key or PKCS#12 file with a new passphrase (and rotate the key itself if the file leaked too); pass it via env: or file: instead.',
  examples: {
    positive: [
      'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:qpSBIlyoxDub',
      'openssl rsa -in enc.key -out plain.key -passin "pass:xA6b4V4VzWzK"',
      "RUN openssl req -x509 -newkey rsa:4096 -keyout k.pem -out c.pem -passout 'pass:NIG6cVtjyXcl' -subj /CN=x",
    ],
    negative: ['openssl rsa -in enc.key -passin env:KEY_PASS', 'openssl rsa -in enc.key -passin pass:$KEY_PASS', 'openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:'],
  },
});

export const smbclientPassword = defineDetector({
  id: 'smbclient-password',
  provider: 'SMB',
  title: 'Password in smbclient -U user%password',
  severity: 'high',
  keywords: ['smbclient', 'rpcclient', 'smbmap', 'smbcacls'],
  // Samba clients take `-U [DOMAIN\]user%password`. https://www.samba.org/samba/docs/current/man-html/smbclient.1.html
  pattern: String.raw`\b(?:smbclient|rpcclient|smbmap|smbcacls)\b[^\n|;&]{0,200}?\s(?:-U|--user=?)\s*["']?[^\s"'%]{1,100}%([^\s"']{4,128})`,
  minEntropy: 2.5,
  validate: isLiteralPassword,
  remediation: ROTATE,
  examples: {
    positive: [
      "smbclient //fs01.acme.local/share -U 'CORP\\bob%1lmfgCqSGPSe' -c 'get report.xlsx'",
      'rpcclient -U "svc-audit%NEuvYZxh8O3u" 10.0.0.5 -c enumdomusers',
      'smbclient -L //nas01 --user=backup%Ru4EfjzPpDxT',
    ],
    negative: ['smbclient //fs01/share -U bob', 'smbclient //fs01/share -U "bob%$SMB_PASS"', 'smbclient //fs01/share -U guest%'],
  },
});

export const cliPasswordDetectors = [mysqlCliPassword, sshpassPassword, sqlcmdPassword, redisCliPassword, netUsePassword, registryLoginPassword, azureCliLoginPassword, ldapBindPassword, keytoolPassword, opensslPassArgument, smbclientPassword];
