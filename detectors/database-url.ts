import { defineDetector } from '../src/detector';
import { isDocumentationHost } from '../src/validators/documentation-host';
import { isPlausibleDatabaseCredentials, isPlausiblePassword } from '../src/validators/url-credentials';

// Connection URIs carry credentials in the authority: scheme://user:password@host[:port][/db].
// PostgreSQL: https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS
// MongoDB: https://www.mongodb.com/docs/manual/reference/connection-string/
// MySQL: https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html
// Redis: https://www.iana.org/assignments/uri-schemes/prov/redis ; AMQP: https://www.rabbitmq.com/docs/uri-spec
// The secret is `user:password`; a password may hold `@` (the last `@` before the host wins) but,
// per RFC 3986, no `/`, and `,` separates hosts in multi-host URIs.
const SCHEMES = String.raw`(?:postgres(?:ql)?|mysqlx?|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse)(?:\+[a-z0-9]{2,20})?`; // +srv, SQLAlchemy's +psycopg2 / +pymysql
const REMEDIATION = 'Change the database user\'s password (ALTER USER / the provider console), update the apps that use it, and load the URL from a secret store or environment variable.';

export const databaseUrlPassword = defineDetector({
  id: 'database-url-password',
  provider: 'Database',
  title: 'Database connection URL with a password',
  severity: 'critical',
  keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse'],
  pattern: String.raw`(?i)\b${SCHEMES}://([^\s:@/'"<>,;]{0,64}:[^\s/'"<>,;]{1,128})@([A-Za-z0-9\[(_-][A-Za-z0-9._:\[\]-]*)`,
  // Weak words (`secret`, `admin`) count here: a database that accepts them is exposed all the same.
  validate: (pair, _tuning, { groups }) => !isDocumentationHost(groups[2] ?? '') && isPlausibleDatabaseCredentials(pair),
  remediation: REMEDIATION,
  examples: {
    positive: [
      'DATABASE_URL=postgres://app_rw:6VWII8FELygZtt@db.internal.acme.io:5432/orders',
      '{ "mongo": "mongodb+srv://svc-report:lXo9NAiDG8Zbwf@cluster0.x1y2z.mongodb.net/reports?retryWrites=true" }',
      'cache:\n  url: rediss://:ChYAkJa4E0yF3A@cache.acme.io:6380/0',
      'engine = create_engine("mysql+pymysql://root:3ovNon3W@m2NtdS@10.0.3.4:3306/shop")',
      'spring.datasource.url=jdbc:postgresql://etl:RlWSlqjm9iIyME@pg-primary:5432/warehouse',
      'BROKER_URL = "amqps://worker:fftGlNiDaEyMSb@rabbit.acme.io:5671/prod"',
      'PG_DSN="postgresql://report:secret@pg1.acme.io:5432,report:secret@pg2.acme.io:5432/sales?target_session_attrs=any"',
      'jdbc:mysql://sandy:hunter2@[db1.acme.io:3306,db2.acme.io:3306]/shop',
      'DATABASE_URL=postgres://shop:Ty7vKq2mWx9LpR@shop.test:5432/shop', // `.test`: a developer\'s real local host
      'DATABASE_URL=mysql://app:Ty7vKq2mWx9LpR@192.0.20.5:3306/app', // not TEST-NET-1 (192.0.2.0/24)
      'MONGO_URL=mongodb://svc:lXo9NAiDG8Zbwf@db1.example.net:27017/reports', // example.net resolves: still reported
    ],
    negative: [
      'DATABASE_URL=postgres://user:password@localhost:5432/app',
      'MONGO_URL=mongodb://admin:${MONGO_PASSWORD}@mongo:27017',
      'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
      'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app', // user = password: local default
      'REDIS_URL=redis://:<password>@redis:6379',
      'DATABASE_URL=mysql://root:****@db/app',
      'DATABASE_URL=postgresql://db.acme.io:5432/production', // no credentials
      'DATABASE_URL=postgresql://app:mypassword@localhost/app',
      'postgresql://user:secret@[2001:db8::1234]/database', // IPv6 documentation prefix (RFC 3849)
      'MONGO_URL=mongodb://svc:lXo9NAiDG8Zbwf@db1.corp.example:27017/reports', // `.example` is never delegated
      'redis://:ChYAkJa4E0yF3A@198.51.100.7:6379/0', // TEST-NET-2 (RFC 5737)
    ],
  },
});

export const databaseJdbcPassword = defineDetector({
  id: 'database-jdbc-password',
  provider: 'Database',
  title: 'JDBC URL with a password parameter',
  severity: 'critical',
  keywords: ['jdbc:'],
  // jdbc:<subprotocol>:…?user=…&password=… (MySQL, PostgreSQL) or ;user=…;password=… (SQL Server).
  // https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url
  // The host (`//host`, when the URL has one) is captured for the documentation-host check.
  pattern: String.raw`(?i)\bjdbc:[a-z0-9]{2,20}(?::[a-z0-9]{2,20})?:(?://([A-Za-z0-9\[_-][A-Za-z0-9._:\[\]-]*))?[^\s'"]{0,200}?[?&;]password=([^&;\s'"]{1,128})`,
  secretGroup: 2,
  validate: (secret, _tuning, { groups }) => !isDocumentationHost(groups[1] ?? '') && isPlausiblePassword(secret),
  remediation: REMEDIATION,
  examples: {
    positive: [
      'spring.datasource.url=jdbc:mysql://db.acme.io:3306/shop?user=shop&password=59sHtYjZurHyTA&useSSL=true',
      '<property name="url" value="jdbc:sqlserver://sql01.acme.local:1433;databaseName=erp;user=erp_app;password=V4Ffb2T1mb4323;encrypt=true"/>',
      'String url = "jdbc:postgresql://pg:5432/ledger?password=Qm7rT2xWv9LpZk&user=ledger";',
      'jdbc:h2:file:./data/app;USER=sa;PASSWORD=Hq4vN8zRt2Yw', // no host at all
    ],
    negative: [
      'jdbc:mysql://localhost:3306/app?user=root&password=password',
      'jdbc:sqlserver://localhost:1433;databaseName=erp;user=sa;password=${DB_PASSWORD}',
      'url=jdbc:postgresql://pg:5432/ledger?sslmode=require',
      'jdbc:mysql://192.0.2.15:3306/shop?user=shop&password=59sHtYjZurHyTA', // TEST-NET-1 (RFC 5737)
    ],
  },
});

/** A string literal closed, concatenated (`&`, `+`, `.`; VB's `_` continues the line) and reopened. */
const SPLIT = String.raw`(?:[ \t]*["'][ \t]*[&+.][ \t]*(?:_[ \t]*)?(?:\r?\n[ \t]*)?["'])?`;

export const databaseConnectionString = defineDetector({
  id: 'database-connection-string',
  provider: 'Database',
  title: 'ODBC / ADO.NET connection string with a password',
  severity: 'critical',
  keywords: ['server=', 'data source=', 'uid=', 'user id=', 'host=', 'provider='],
  // Key=value; pairs: Server=…;Database=…;User Id=…;Password=… (or Uid/Pwd).
  // https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax
  // OLE DB strings that Visual Studio and .udl files write put the password right after the
  // provider: Provider=SQLOLEDB.1;Password=…;Persist Security Info=True;User ID=…
  // https://learn.microsoft.com/en-us/sql/ado/guide/appendixes/microsoft-ole-db-provider-for-sql-server
  // Code often splits the string after a `;`: `"…;User ID=x; " & "Password=…"` (VB, with `& _`
  // line continuations), `"…;" + "Pwd=…"` (C#, Java, JS), `'…;' . 'Password=…'` (PHP).
  pattern: String.raw`(?i)(?:\b(?:server|data source|uid|user id|host)=[^;"'\n]{1,100};${SPLIT}(?:\s*[a-z][a-z _]{0,30}\s*=[^;"'\n]{0,100};${SPLIT}){0,8}?|\bprovider=[^;"'\n]{1,60};${SPLIT})\s*(?:password|pwd)\s*=\s*([^;"'\s]{4,128})`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: REMEDIATION,
  examples: {
    positive: [
      'Server=sql01.acme.local;Database=Erp;User Id=erp_app;Password=Jx82kQpLm4Wz9t;',
      '<add name="Main" connectionString="Data Source=10.1.2.3,1433;Initial Catalog=Crm;User ID=crm;Password=Hq4vN8zRt2Yw;" />',
      '"ConnectionStrings": { "Pg": "Host=pg.acme.io;Port=5432;Database=app;Username=app;Password=Tk9mW2xQr7Lb" }',
      'conn.Open "Provider=SQLOLEDB.1;Password=Wf3vX9qTz2Lm;Persist Security Info=True;User ID=sa;Initial Catalog=Sales;Data Source=SQL02"',
      'Provider=SQLNCLI11;Server=tcp:sql03.acme.local,1433;Database=Hr;Uid=hr_app;Pwd=Rb6nK1wQx8Zt;',
      '    adoConn.Open("Provider=SQLOLEDB.1;User ID=billing_svc; " & "Password =Mv8tQ3zLw6Rk;Initial Catalog=Billing;Data Source=sql04;")', // VBScript
      'var cs = "Server=sql05.acme.local;Database=Ops;User Id=ops_rw;" +\n    "Password=Zp4wK9mT2xQv;Encrypt=True;";', // C#
    ],
    negative: [
      'Server=myServerAddress;Database=myDataBase;Uid=myUsername;Pwd=myPassword;',
      'Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;',
      'Data Source=db;Initial Catalog=Crm;User ID=crm;Password=${CRM_DB_PASSWORD};',
      'Server=db;Database=Crm;Integrated Security=SSPI;',
      'Provider=SQLOLEDB.1;Password=<password>;User ID=sa;Data Source=SQL02',
      'Provider=SQLOLEDB.1;Integrated Security=SSPI;Password=;Data Source=SQL02',
      'cs = "Server=" & host & ";User ID=" & user & ";Password=" & pwd & ";"', // built from variables
    ],
  },
});

/** `user/password` of an Oracle connect string; SCOTT/TIGER is Oracle's documented sample schema. */
function isOracleCredentials(pair: string): boolean {
  const slash = pair.indexOf('/');
  if (pair.slice(0, slash).toLowerCase() === 'scott' && pair.slice(slash + 1).toLowerCase() === 'tiger') return false;
  return isPlausibleDatabaseCredentials(`${pair.slice(0, slash)}:${pair.slice(slash + 1)}`);
}

export const oracleConnectPassword = defineDetector({
  id: 'oracle-connect-password',
  provider: 'Oracle Database',
  title: 'Oracle connect string with a password (user/password@db)',
  severity: 'critical',
  keywords: ['jdbc:oracle:', 'sqlplus'],
  // JDBC thin/OCI URLs and SQL*Plus logons spell credentials `user/password@connect_identifier`.
  // https://docs.oracle.com/en/database/oracle/oracle-database/21/jjdbc/data-sources-and-URLs.html
  // https://docs.oracle.com/en/database/oracle/oracle-database/21/sqpug/SQL-Plus-command-reference.html
  pattern: String.raw`(?i)(?:\bjdbc:oracle:(?:thin|oci):|\bsqlplus(?:\s+-[a-z]+)*\s+)["']?([A-Za-z0-9_$#]{1,64}/[^\s@'"/]{1,128})@(?://)?([A-Za-z0-9._-]*)`,
  validate: (pair, _tuning, { groups }) => !isDocumentationHost(groups[2] ?? '') && isOracleCredentials(pair),
  remediation: REMEDIATION,
  examples: {
    positive: [
      'spring.datasource.url=jdbc:oracle:thin:billing/Vq4kT9wLm2Zp@//db01.acme.local:1521/ORCLPDB1',
      'sqlplus -s etl_user/Hn5Jw8Pb3Ck6@prod-db:1521/SALES @nightly.sql',
      '<property name="url" value="jdbc:oracle:oci:app/Rb6nK1wQx8Zt@ORCL"/>',
    ],
    negative: [
      'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl', // Oracle's sample schema
      'sqlplus ${DB_USER}/${DB_PASSWORD}@prod-db:1521/SALES',
      'sqlplus system/password@localhost',
      'jdbc:oracle:thin:@//db01.acme.local:1521/ORCLPDB1', // no credentials
      'sqlplus / as sysdba',
      'jdbc:oracle:thin:billing/Vq4kT9wLm2Zp@//db01.sales.invalid:1521/ORCLPDB1', // `.invalid` never resolves
    ],
  },
});

export const databaseUrlDetectors = [databaseUrlPassword, databaseJdbcPassword, databaseConnectionString, oracleConnectPassword];
