import { defineDetector } from '../src/detector';
import { isRandomSecret } from '../src/validators/assigned-value';
import { isPlausiblePassword } from '../src/validators/url-credentials';
import { SECRET_NAME, SEGMENTS } from './generic-names';

// XML configuration keeps passwords in elements, which `key = value` rules do not see:
// Maven's settings.xml <server><password>, Java properties XML <entry key="…password">, and the
// many `<Password>` / `<dbPassword>` elements of app configs, Android's string resources
// (<string name="db_password">).
// https://maven.apache.org/settings.html#servers ; https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#loadFromXML-java.io.InputStream-

export const xmlPasswordElement = defineDetector({
  id: 'xml-password-element',
  provider: 'XML config',
  title: 'Password in an XML element (<password>, <entry key="…password">)',
  severity: 'high',
  keywords: ['password>', 'passwd>', 'pwd>', 'password">', "password'>"],
  pattern: String.raw`(?i)<(?:[\w.:-]{0,40}(?:password|passwd|pwd)|(?:entry|string|property|item)\s+(?:key|name)=["'][\w.-]{0,60}(?:password|passwd|pwd)["'])\s*>\s*([^<\s]{4,128})\s*</`,
  // Maven's encrypted {…} form and ${property} references fail isPlausiblePassword (braces).
  validate: (secret) => isPlausiblePassword(secret),
  remediation: 'Change the password at the server it belongs to; for Maven, encrypt it (mvn --encrypt-password) or read it from an environment variable (${env.X}).',
  examples: {
    positive: [
      { text: '<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>1lmfgCqSGPSe</password>\n    </server>\n  </servers>\n</settings>\n', path: '.m2/settings.xml' },
      '<entry key="db.password">vub1LR8REn9c</entry>',
      { path: 'app/src/main/res/values/secrets.xml', text: '<resources>\n    <string name="smtp_password">Qw7nR2vLk9Zp</string>\n</resources>\n' },
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

/** An element or resource name that generic-secret would call a secret name (`apiKey`, `client_secret`, `authToken`…). */
const SECRET_ELEMENT_NAME = new RegExp(`^${SEGMENTS}(?:${SECRET_NAME})$`, 'i');
/** AWS names are the AWS detector's in `key = value` form; in XML, an AWS name holds a 40-character secret key. */
const AWS_ELEMENT = /^aws[_.-]?secret[_.-]?(?:access[_.-]?)?key$/i;
const AWS_SECRET_KEY = /^[A-Za-z0-9/+]{40}$/;

function isSecretElement(name: string, value: string, entropy: Parameters<typeof isRandomSecret>[1]): boolean {
  const local = name.slice(name.lastIndexOf(':') + 1); // <ns:apiKey>
  if (AWS_ELEMENT.test(local)) return AWS_SECRET_KEY.test(value) && isRandomSecret(value, entropy);
  return !/^aws[_.-]/i.test(local) && SECRET_ELEMENT_NAME.test(local) && isRandomSecret(value, entropy);
}

// The same judgement as generic-secret's `name = value`, for values written as XML element text:
// <apiKey>…</apiKey>, <aws_secret_access_key>…</…>, Android's <string name="api_secret">…</string>,
// Java properties XML's <entry key="auth.token">…</entry>.
export const xmlSecretElement = defineDetector({
  id: 'xml-secret-element',
  provider: 'XML config',
  title: 'Random value in an XML element named like a secret (<apiKey>, <string name="client_secret">)',
  severity: 'medium',
  keywords: ['key>', 'secret>', 'token>', 'auth>', 'credential>', 'credentials>', 'key">', 'secret">', 'token">', "key'>", "secret'>", "token'>"],
  pattern: String.raw`(?i)<(?:([\w.:-]{1,60})|(?:entry|string|property|item)\s+(?:key|name)=["']([\w.-]{1,60})["'])\s*>[ \t]*([^<\s]{8,512})[ \t]*</`,
  secretGroup: 3,
  validate: (secret, tuning, { groups }) => isSecretElement(groups[1] || groups[2] || '', secret, tuning),
  generic: true,
  remediation: 'Revoke the credential where it was issued, rotate it, and load it from the environment or a secret manager instead of the XML file.',
  examples: {
    positive: [
      { path: 'src/main/resources/service.xml', text: '<service>\n  <endpoint>https://api.acme-corp.io</endpoint>\n  <apiKey>Zq8RkL2vN7wX4pT9mB3cH6yD</apiKey>\n</service>\n' },
      '<credentials><aws_access_key_id>AKIA2E0A8F3B244C9986</aws_access_key_id><aws_secret_access_key>k8Vq2RzL7wN4pX9mT3bH6yD1cF5gJ0sA2eU8iO4r</aws_secret_access_key></credentials>',
      { path: 'app/src/main/res/values/keys.xml', text: '<resources>\n    <string name="client_secret">8f3b2a9c7d1e4f6a0b5c9d2e7f1a3b6c</string>\n</resources>\n' },
      '<entry key="auth.token">Tk4vX9qLm2Rz8WnB5pYc3Hd7</entry>',
    ],
    negative: [
      '<apiKey>${env.API_KEY}</apiKey>',
      '<publicKey>Zq8RkL2vN7wX4pT9mB3cH6yD</publicKey>', // the public half
      '<string name="google_maps_key_hint">Enter the maps API key here</string>',
      '<primaryKey>customerOrderIdentifier</primaryKey>',
      '<apiKey>your-api-key-here</apiKey>',
      '<aws_secret_access_key>not-forty-characters-long-value</aws_secret_access_key>',
      '<csrf_token>Zq8RkL2vN7wX4pT9mB3cH6yD</csrf_token>',
    ],
  },
});

export const xmlConfigDetectors = [xmlPasswordElement, xmlSecretElement];
