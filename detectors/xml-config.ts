import { defineDetector } from '../src/detector';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// XML configuration keeps passwords in elements, which `key = value` rules do not see:
// Maven's settings.xml <server><password>, Java properties XML <entry key="…password">, and the
// many `<Password>` / `<dbPassword>` elements of app configs.
// https://maven.apache.org/settings.html#servers ; https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#loadFromXML-java.io.InputStream-

export const xmlPasswordElement = defineDetector({
  id: 'xml-password-element',
  provider: 'XML config',
  title: 'Password in an XML element (<password>, <entry key="…password">)',
  severity: 'high',
  keywords: ['password>', 'passwd>', 'pwd>', 'password">', "password'>"],
  pattern: String.raw`(?i)<(?:[\w.:-]{0,40}(?:password|passwd|pwd)|entry\s+key=["'][\w.-]{0,60}(?:password|passwd|pwd)["'])\s*>\s*([^<\s]{4,128})\s*</`,
  // Maven's encrypted {…} form and ${property} references fail isPlausiblePassword (braces).
  validate: (secret) => isPlausiblePassword(secret),
  remediation: 'Change the password at the server it belongs to; for Maven, encrypt it (mvn --encrypt-password) or read it from an environment variable (${env.X}).',
  examples: {
    positive: [
      { text: '<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>1lmfgCqSGPSe</password>\n    </server>\n  </servers>\n</settings>\n', path: '.m2/settings.xml' },
      '<entry key="db.password">vub1LR8REn9c</entry>',
      '<SmtpSettings><Host>smtp.acme-corp.io</Host><SmtpPassword>NEuvYZxh8O3u</SmtpPassword></SmtpSettings>',
    ],
    negative: [
      '<server><id>releases</id><username>${env.NEXUS_USER}</username><password>${env.NEXUS_PASSWORD}</password></server>',
      '<password>{COQLCE6DU6GtcS5P=}</password>', // Maven-encrypted
      '<password>password</password>',
      '<input type="password" name="password">',
    ],
  },
});

export const xmlConfigDetectors = [xmlPasswordElement];
