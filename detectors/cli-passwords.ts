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

export const cliPasswordDetectors = [mysqlCliPassword, sshpassPassword, sqlcmdPassword, redisCliPassword, netUsePassword];
