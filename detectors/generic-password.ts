import { defineDetector } from '../src/detector';
import { isRandomPassword } from '../src/validators/assigned-value';
import { isChosenPassword } from '../src/validators/chosen-password';
import { ASSIGN, END, PASSWORD_NAME, SEGMENTS, VALUE, pairOf } from './generic-names';

// Passwords assigned in source and config. Two kinds of evidence:
// - generic-password: a random-looking value (`isRandomPassword`) after any assignment to a
//   password name, quoted or not (`password: Zx9!vQ2#rT7$kL4m`).
// - generic-password-quoted / -config: a value a person chose (`hunter2!`, `open sesame`), which no
//   entropy test tells from a word, so the CONTEXT must say "literal": a quoted string assigned to
//   or compared with a password- or secret-named key, or a config line (`.env`, ini, YAML) whose
//   value runs to the end of the line. `isChosenPassword` then rules out what such a value is when
//   it is not a password: the field's name, UI text, a type, a hash, a product default.
//   `password = open_sesame` with spaces and no quotes stays unreported: in Python or Ruby that
//   line assigns a variable.
// - generic-password-flag: `--password=…` / `-Password …` on a command line, chosen or random.
// Where two of them report the same value, find-secrets keeps one finding.
// `secret` as a value stays a placeholder (placeholder.ts): it is the stock stand-in of docs and
// connection-string examples (`user:secret@host`), far more often than anyone's password.

/**
 * Keys whose literal value is a password: `password`, `db_passwd`, `pwd`, `client_secret`,
 * `creds.Secret`, `smtp_pass`, `PASS`. A bare `pass` is as often a compiler pass or a test result
 * (`pass: 'transform'`) as a password, or the verb (`Pass '…' to …`), so it counts only prefixed
 * or as an all-capitals constant.
 */
const LITERAL_NAME_BUT_PASS = `${SEGMENTS}(?:[a-z0-9]*(?:password|passwd|passphrase|secret)|pwd)|(?:[a-z0-9]+[_.-])+pass`;
const LITERAL_NAME = `${LITERAL_NAME_BUT_PASS}|(?-i:PASS)`;

/**
 * `PASS: gas/i386/got`, `PASS: Ill-formed directives`: an all-capitals `PASS:` followed by a space
 * and an unquoted value is a test verdict (DejaGnu, automake's test-suite.log, Go's `--- PASS:`),
 * found by the thousand in committed test logs. A bare `PASS` therefore assigns only with `=`,
 * `:=`, `=>` or a quote (`PASS=…`, `PASS: "…"`); a prefixed one (`DB_PASS: …`) assigns as any name.
 */
const BARE_PASS_ASSIGN = `["'\\x60]?[ \\t]*(?::=|=>|=)[ \\t]*["'\\x60]?|["'\\x60]?[ \\t]*:[ \\t]*["'\\x60]`;
/** generic-password's names: PASSWORD_NAME, with the bare all-capitals `PASS` as above. */
const RANDOM_PASSWORD_NAMES =
  `(?im)(?:\\b${SEGMENTS}(?:[a-z0-9]*(?:password|passwd|passphrase)|pwd|(?-i:pass|Pass))(?:${ASSIGN})` +
  `|\\b(?:[a-z0-9]+[_.-])+pass(?:${ASSIGN})|\\b(?-i:PASS)(?:${BARE_PASS_ASSIGN})` +
  `|${pairOf(`[a-z0-9_.-]*(?:${PASSWORD_NAME})`)})${VALUE}${END}`;

const REMEDIATION = 'Change the password where it is used, and load it from the environment or a secret manager instead of the source.';

export const genericPassword = defineDetector({
  id: 'generic-password',
  provider: 'Generic',
  title: 'Password assigned in source or config',
  severity: 'medium',
  keywords: ['pass', 'pwd'],
  pattern: RANDOM_PASSWORD_NAMES,
  validate: isRandomPassword,
  generic: true,
  remediation: REMEDIATION,
  examples: {
    positive: [
      'DB_PASSWORD=Zx9!vQ2#rT7$kL4m',
      '{ "password": "MWNaetq416#?@ytE" }',
      'smtp_pass: "PDDfhvy929%*^zAu"',
      'db.password = "OOLbvaf722@%~fCC"',
      'export PGPASSWORD=qh1EkCnGikuv8wGYlCr8HVdJKAleRgzh',
      'redis_pwd := "LYOjzoh906!?#NT7"',
      '<add key="FromEmailPassword" value="Tg5%nL8@wQ2xVb" />',
      'if (username == "admin" && password == "Hq4!mZ7#pW2k") {',
      'The default admin password is "Rb8$uK3%yN6c".',
      'String body = "{\\"password\\": \\"Zx9!vQ2#rT7$kL4m\\"}";', // escaped JSON in a string literal
    ],
    negative: [
      'password = "hunter2"', // chosen, not random: generic-password-quoted reports it
      'password: changeme',
      'DB_PASSWORD=${DB_PASSWORD}',
      'PASSWORD_MIN_LENGTH=12',
      'password = "password123"', // generic-password-quoted's, as above
      'bypass = "FMKmiry715^@*kSr"', // not a password name
      'password: "********"',
      'DB_PASSWORD=your_password_here',
      'password: os.environ["DB_PASSWORD"]',
      'CHANGE_PASSWORD_URL=$BASE_URL/account/change_password',
      'RotatePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword"',
      "this.addPassword = '#add-password';",
      'smtp_password: "noreply@mailer.acme.io"', // an address, not a password
      'if (password === confirmPassword) {',
      'PASS: gas/i386/x86-64-avx512f_vl-wig', // a test verdict (DejaGnu, automake test logs)
      "  password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ=',", // base64 of "not my real password" (npm's docs)
    ],
  },
});

/**
 * `password = "…"`, `"password": "…"`, `creds.Secret != "…"`, `key="Password" value="…"`, `the
 * password is "…"`. The name starts after a non-word character other than `/`: in
 * `'/forgot-password' => …` it is part of a route.
 */
const QUOTED_ASSIGN = [
  `\\\\?["'\\x60]?[ \\t]*(?::=|=>|[=!]==?|=|:)[ \\t]*`,
  `["'][ \\t]+value[ \\t]*=[ \\t]*`,
  `[ \\t]+is[ \\t]+`,
].join('|');
/** `setenv("DB_PASSWORD", "…")`: a quoted name and value as a call's first two arguments. */
const QUOTED_PAIR = `\\([ \\t]*["'](?:${LITERAL_NAME})["'][ \\t]*,[ \\t]*`;
/**
 * Gradle/Groovy's `credentials { password 'x' }`: a password name starts the line, a space, the
 * string (only password names: a line starting `Pass '…'` or `Secret '…'` is an English sentence).
 */
const GROOVY_ARGUMENT = `^[ \\t]*${SEGMENTS}[a-z0-9]*(?:password|passwd)[ \\t]+`;
/**
 * The string literal: may hold spaces (`open sesame`) and `$` (`super$ecret`), not a quote. Its
 * quotes may be escaped: JSON inside a string or a shell argument (`"{\"password\": \"…\"}"`).
 */
const QUOTED_VALUE = `\\\\?["'\\x60]([^"'\\r\\n]{6,64}?)\\\\?["'\\x60](?:[\\s;,.:)}\\]"'\\x60\\\\]|$)`;

export const genericPasswordQuoted = defineDetector({
  id: 'generic-password-quoted',
  provider: 'Generic',
  title: 'Password a person chose, in a quoted string assigned to a password name',
  severity: 'medium',
  keywords: ['pass', 'pwd', 'secret'],
  pattern: `(?im)(?:(?:^|[^\\w/])(?:${LITERAL_NAME})(?:${QUOTED_ASSIGN})|${QUOTED_PAIR}|${GROOVY_ARGUMENT})${QUOTED_VALUE}`,
  validate: isChosenPassword,
  generic: true,
  remediation: REMEDIATION,
  examples: {
    positive: [
      'password = "super$ecret"', // leetspeak `s`→`$`: inside a string literal it is a character, not a variable
      '{ "password": "winter2024" }',
      "my_password := 'hunter2'",
      "  :password => 'open sesame',", // a passphrase: a few plain lowercase words
      'private const string ReportPfxPassword = "thisismysecretpw";', // one glued lowercase word
      "if creds.Secret != 'knock-knock' {", // a comparison with a secret-named field
      "user = 'jsmith'  # admin\npassword = 'jsmith1987'  # TODO move to vault",
      'The default password is "blueberry".',
      "if username == 'admin' and password == 'rosebud42':", // Python's `:` after the literal
      "echo \"The password is 'tulips77'\"",
      "PASS = 'kingfisher'",
      '<add key="SmtpPassword" value="letmein42" />',
      'os.setenv("DB_PASS", "tangerine")',
      "auth: { user: 'mailer', smtp_pass: 'tangerine' }",
      "session({ secret: 'keyboard cat' })", // express-session's example secret, shipped by countless apps
      "ftp {\n  host 'files.acme.io'\n  user 'deployer'\n  password 'gr4dle-deploy'\n}", // Groovy DSL (Gradle's credentials blocks: gradle-repository-password)
      'curl -d "{\\"username\\":\\"ops\\",\\"password\\":\\"tangerine42\\"}" https://api.acme-corp.io/login', // escaped JSON
      '$conf = "$user = \\"mg1021\\"; $password = \\"goodspec\\";";',
    ],
    negative: [
      'password: "password"', // the field's own name
      "const fake = { secret: 'sk_live_' + randomChars(24) };", // a token prefix, built on
      'credentials {\n  username "SOME_USERNAME"\n  password "SOME_PASSWORD"\n}', // placeholders
      'log.warn("wrong password \'" + attempt + "\'")',
      "  Pass 'strict_mode' and/or 'timeout' as keyword arguments.", // the verb, in a docstring
      'password = ""',
      'password = "changeme"',
      'password: "<your-password>"',
      'password = "${DB_PASSWORD}"',
      'String body = "{\\"password\\": \\"${DB_PASSWORD}\\"}";',
      'String body = "{\\"password\\": \\"" + password + "\\"}";',
      'smtp_password: "smtp_password"',
      'const password = "passwordField";',
      'password: "Password"', // a label
      'password: "Enter your password"', // UI text
      'password: "Mot de passe"', // a translation
      'password: "Contraseña"',
      'errors = { password: "is required" }',
      'password_reset_url = "/account/reset"',
      '<input type="password" name="password" placeholder="Password">',
      'it("rejects a wrong password", () => {',
      'password: "string"', // a type in a schema
      'password: "$2b$10$Jf2mCq9RzM8wNn5tLk3hOeYc7vXa1pGdSiUbQrE4oKjH6fW0lTyBu"', // a bcrypt hash, not the password
      'POSTGRES_PASSWORD: "postgres"', // the image's documented default
      "passphrase: 'top secret'", // the word secret: UI text or a placeholder
      "password = 'open_sesame'", // shaped like an identifier: a name far more often than a password
      'password = "abcdefg"', // a sequence
      "const pass = 'transform';", // a bare `pass` in code: a compiler pass, a test result
      'MovedAttribute("proxy_bypass", "urllib", "urllib.request")', // bypass is not a password name
      "put '/forgot-password' => 'accounts/passwords#update'", // a route
      'ftp->password = "anonymous@";', // anonymous FTP's e-mail stub
    ],
  },
});

/**
 * A `.env`, ini, properties or YAML line: the key starts the line (after `export `, `# ` or `- `),
 * then `=` with no space around it or YAML's `: `, and the value, unquoted, runs to the end of the
 * line (a ` # comment` may follow). `password = hashed` with spaces is left out: in Python and Ruby
 * it assigns a variable (a random-looking value there is still generic-password's). Unquoted
 * values may not hold `$` (a shell would expand `pa$word`) nor start YAML's `!tag`, `&anchor`,
 * `*alias`.
 */
const CONFIG_LINE = `(?im)^[ \\t]*(?:export[ \\t]+|#[ \\t]*|-[ \\t]+)?(?:(?:${LITERAL_NAME_BUT_PASS})(?:=|:[ \\t]+)|(?-i:PASS)=)`;
const CONFIG_VALUE = `([^\\s"'\\x60$!&*|>,;(){}\\[\\]<>\\\\][^\\s"'\\x60$,;(){}\\[\\]<>\\\\]{5,63})(?:[ \\t]+#.*)?[ \\t]*$`;

export const genericPasswordConfig = defineDetector({
  id: 'generic-password-config',
  provider: 'Generic',
  title: 'Password a person chose, on a config or .env line',
  severity: 'medium',
  keywords: ['pass', 'pwd', 'secret'],
  pattern: CONFIG_LINE + CONFIG_VALUE,
  validate: isChosenPassword,
  generic: true,
  remediation: REMEDIATION,
  examples: {
    positive: [
      'DB_PASSWORD=hunter22',
      '[SupportSite]\nUsername=jdoe\nPassword=thisismypassword',
      'export SMTP_PASS=bluebird77',
      '# ADMIN_PASSWORD=whitehorse', // commented out, still committed
      '    REDIS_PASSWORD=sunflower    # local only',
      'spring:\n  datasource:\n    password: m4ngo-tango',
      'JWT_SECRET=mysupersecretjwt',
    ],
    negative: [
      'DB_PASSWORD=',
      'DB_PASSWORD=${DB_PASSWORD}',
      'PASSWORD=$(cat /run/secrets/db)',
      'password=super$ecret', // a shell expands $ecret
      'MAIL_PASSWORD=null',
      'MYSQL_ROOT_PASSWORD=root',
      'REACT_APP_MAILER_PASSWORD=smtp_password # Enter your SMTP email password', // names the field: a placeholder
      'password = open_sesame', // with spaces and no quotes, in Python or Ruby a variable
      'password = hashed',
      'password: !vault |',
      '    password=password,', // a keyword argument
      'password: string', // a TypeScript field
      '  pass: transform', // a bare lowercase `pass`: a compiler pass as often as a password
      'PASS: binutils-all/objcopy-strip-2', // a test verdict, not an assignment
      'gnutls_session_get_master_secret: REMOVED', // a status word in a changelog
      'PASSWORD_MIN_LENGTH=12',
      'DB_PASSWORD=your_password_here',
    ],
  },
});

/**
 * A command-line flag: `--password=…`, `-Password …` (PowerShell), quoted or not, ending at a space.
 * `--password-stdin` is not this flag. In prose (`the --password option`) the next word is a plain
 * word, so a flag's value must hold a digit, a symbol or a capital: a password, not a word.
 */
// The value never starts with `-`: `--password --user admin` is a flag that prompts, then another flag.
const FLAG = `(?im)(?:^|[\\s(])--?(?:password|passwd)(?:=|[ \\t]+)["']?([^\\s"'\\x60$(){}\\[\\]<>\\\\-][^\\s"'\\x60$(){}\\[\\]<>\\\\]{5,63})["']?(?:[\\s;)]|$)`;

export const genericPasswordFlag = defineDetector({
  id: 'generic-password-flag',
  provider: 'Generic',
  title: 'Password given on a command line',
  severity: 'medium',
  keywords: ['-pass'],
  pattern: FLAG,
  // Prose ends its word with punctuation (`the new --password options.`): judged without it.
  validate: (value) => (isChosenPassword(value) && !/^[a-z]+[.,:;!?]*$/.test(value)) || isRandomPassword(value),
  generic: true,
  remediation: REMEDIATION,
  examples: {
    positive: [
      'Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password Lab2024! -Query $q', // PowerShell
      'rabbitmqadmin --username=ops --password=tr0ub4dor list queues', // (mysql's own flags: mysql-cli-password)
      'mongosh "mongodb://db.acme-corp.io" --username admin --password xA6b4V4VzWzK',
      "influx -username admin -password 'vub1LR8REn9c' -execute 'SHOW DATABASES'",
    ],
    negative: [
      'Connect-VIServer $host -User $user -Password $password',
      'echo "$TOKEN" | docker login --username ci --password-stdin',
      'Use the --password option to set it.', // prose: a plain word
      'Renamed to --user and --password respectively.', // prose: a word and its full stop
      'mysql --password=<password>',
      'mysql --password="${DB_PASSWORD}"',
      'Connect-VIServer -Password (ConvertTo-SecureString $p -AsPlainText -Force)',
      'tool --password --user admin', // prompts
      'Credentials can be given with the --username and --password options instead.',
    ],
  },
});

export const genericPasswordDetectors = [genericPassword, genericPasswordQuoted, genericPasswordConfig, genericPasswordFlag];
