import { defineDetector } from '../src/detector';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// Gradle build scripts (Groovy and Kotlin DSL) write properties as `name "value"` or
// `name = "value"`; the space-separated Groovy form slips past `key = value` rules.

export const gradleRepositoryPassword = defineDetector({
  id: 'gradle-repository-password',
  provider: 'Gradle',
  title: 'Repository password in a Gradle credentials { } block',
  severity: 'high',
  keywords: ['credentials'],
  // repositories { maven { credentials { username "…"; password "…" } } }
  // https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:authentication_schemes
  pattern: String.raw`\bcredentials\s*(?:\(\s*PasswordCredentials(?:::class)?\s*\)\s*)?\{[^{}]{0,300}?\bpassword\s*(?:=\s*)?["']([^"'\n]{4,128})["']`,
  validate: (secret) => isPlausiblePassword(secret),
  // A new `password` line in an unchanged `credentials {` block.
  rescanWhen: { addedLine: String.raw`[ \t]*password[ \t]*(?:=[ \t]*)?["'].*` },
  remediation: 'Change the repository password or token (Artifactory / Nexus / GitHub Packages), and read it from gradle.properties outside the repo or from an environment variable.',
  examples: {
    positive: [
      { text: 'maven {\n    url "https://nexus.acme-corp.io/repository/releases"\n    credentials {\n        username "deployer"\n        password "1lmfgCqSGPSe"\n    }\n}\n', path: 'build.gradle' },
      { text: 'maven("https://pkgs.acme-corp.io/maven") {\n    credentials {\n        username = "ci"\n        password = "vub1LR8REn9c"\n    }\n}\n', path: 'build.gradle.kts' },
      "credentials { username 'ci'; password 'NEuvYZxh8O3u' }",
    ],
    negative: [
      'credentials {\n    username "user"\n    password "password"\n}',
      'credentials {\n    username = System.getenv("NEXUS_USER")\n    password = System.getenv("NEXUS_PASSWORD")\n}',
      'credentials {\n    username project.findProperty("gpr.user")\n    password project.findProperty("gpr.key")\n}',
    ],
  },
});

export const androidSigningPassword = defineDetector({
  id: 'android-signing-password',
  provider: 'Android',
  title: 'Keystore password in an Android signingConfigs block',
  severity: 'high',
  keywords: ['storepassword', 'keypassword'],
  // signingConfigs { release { storePassword "…"; keyPassword "…" } }: the upload/release key's passwords.
  // https://developer.android.com/studio/publish/app-signing#secure-shared-keystore
  pattern: String.raw`\b(?:storePassword|keyPassword)\s*(?:=\s*)?["']([^"'\n]{4,128})["']`,
  // `android` is the documented password of every SDK's debug keystore: public.
  validate: (secret) => secret !== 'android' && isPlausiblePassword(secret),
  remediation: 'Change the keystore and key passwords (and, for an upload key, ask Play Console for an upload key reset if the keystore leaked too); load them from keystore.properties outside the repo.',
  examples: {
    positive: [
      { text: 'signingConfigs {\n    release {\n        storeFile file("release.jks")\n        storePassword "Ru4EfjzPpDxT"\n    }\n}\n', path: 'app/build.gradle' },
      { text: 'create("release") {\n    keyAlias = "upload"\n    keyPassword = "xpoektQs6Tzy"\n}\n', path: 'app/build.gradle.kts' },
      "release { storeFile file('upload.jks'); storePassword 'f89Z1CoVb1z2'; keyAlias 'upload' }",
    ],
    negative: [
      'storePassword System.getenv("STORE_PASSWORD")',
      "storePassword keystoreProperties['storePassword']",
      'storePassword "password"',
      'debug {\n    storePassword "android"\n    keyPassword "android"\n}', // the public debug keystore's password
    ],
  },
});

export const gradleDetectors = [gradleRepositoryPassword, androidSigningPassword];
