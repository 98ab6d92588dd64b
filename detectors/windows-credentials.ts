import { defineDetector } from '../src/detector';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// Passwords passed as string literals to .NET / PowerShell credential APIs. A variable
// (`password`, `$Password`) is a reference and never matches: the patterns need a quoted literal.
// A string literal argument; C# writes `DOMAIN\user` and LDAP paths as verbatim strings (`@"…"`).
// An open repetition: the literal ends at its quote or the line anyway, and compiles 3-5x faster.
const ARG = String.raw`@?["'][^"'\n]+["']`;
const ROTATE = 'Change the account password (Active Directory / the mail or web service it signs in to), and read it from a credential store (Windows Credential Manager, SecretManagement, Key Vault) instead.';

export const dotnetNetworkCredential = defineDetector({
  id: 'dotnet-network-credential',
  provider: '.NET',
  title: 'Password in new NetworkCredential("user", "password")',
  severity: 'high',
  keywords: ['networkcredential'],
  // NetworkCredential(string userName, string password[, string domain]), from C# or PowerShell's
  // New-Object. https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor
  pattern: String.raw`(?i)\bNetworkCredential\s*\(\s*${ARG}\s*,\s*@?["']([^"'\n]{4,128})["']`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      'client.Credentials = new NetworkCredential("builds@acme-corp.io", "6d8Ct8A0RisqDE");',
      '$wc.Credentials = New-Object System.Net.NetworkCredential("cidownload", "8W46i1IEfZjC3L")',
      "smtp.Credentials = New NetworkCredential('relay', 'Bmitc1nUau1IOl', 'CORP') ' VB.NET",
      'var creds = new NetworkCredential(@"CORP\svc-backup", @"pT7#wQ2zLx9m");', // C# verbatim strings
    ],
    negative: [
      'client.Credentials = new NetworkCredential(userName, password);',
      'client.Credentials = new NetworkCredential("user", "password");',
      'client.Credentials = new NetworkCredential("user", "<password>");',
      'client.Credentials = new NetworkCredential("user", "");',
    ],
  },
});

export const ldapDirectoryEntryPassword = defineDetector({
  id: 'ldap-directory-entry-password',
  provider: 'Active Directory',
  title: 'Password in new DirectoryEntry("LDAP://…", "user", "password")',
  severity: 'high',
  keywords: ['directoryentry'],
  // DirectoryEntry(string path, string username, string password[, AuthenticationTypes]); the
  // arguments are often split over several lines. https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor
  pattern: String.raw`(?i)\bDirectoryEntry\s*\(\s*${ARG}\s*,\s*${ARG}\s*,\s*@?["']([^"'\n]{4,128})["']`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      'var root = new DirectoryEntry("LDAP://dc01.corp.acme-corp.io", "CORP\\\\svc-ldap", "ngz0V7jdOH2SwD");',
      '$de = New-Object DirectoryServices.DirectoryEntry("LDAP://10.20.0.5","corp\\sync", "jS49JRvuJ5v2M4")',
      'using var entry = new DirectoryEntry("LDAP://OU=Staff,DC=acme,DC=local",\n    "hr-reader@acme.local",\n    "Rrhh7341");',
      'DirectoryEntry de = new DirectoryEntry(@"LDAP://dc01.acme.local/DC=acme,DC=local", @"ACME\svc_ldap", "tangerine42");', // C# verbatim strings
    ],
    negative: [
      'var root = new DirectoryEntry("LDAP://dc01.corp.acme-corp.io", user, password);',
      'var root = new DirectoryEntry("LDAP://dc01.corp.acme-corp.io", "admin", "password");',
      'var root = new DirectoryEntry("LDAP://dc01.corp.acme-corp.io");',
    ],
  },
});

export const powershellPlainTextPassword = defineDetector({
  id: 'powershell-plaintext-password',
  provider: 'PowerShell',
  title: 'Password in ConvertTo-SecureString "…" -AsPlainText',
  severity: 'high',
  keywords: ['convertto-securestring'],
  // ConvertTo-SecureString [-String] <plain text> -AsPlainText [-Force], the usual way a literal
  // password reaches a PSCredential. Without -AsPlainText the argument is an encrypted standard
  // string: hundreds of hex digits, longer than this pattern takes.
  // https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring
  pattern: String.raw`(?i)\bConvertTo-SecureString(?:\s+-(?:AsPlainText|Force|String)\b)*\s+["']([^"'\n]{4,128})["']`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      '$pw = ConvertTo-SecureString "GOE5KIyaIK8u4V" -AsPlainText -Force',
      "$cred = New-Object PSCredential('CORP\\deploy', (ConvertTo-SecureString -String 'IcgoGSopP0ZxBs' -AsPlainText -Force))",
      'Set-ADAccountPassword -Identity svc01 -NewPassword (ConvertTo-SecureString -AsPlainText "8rFeOry78CGDE5" -Force)',
    ],
    negative: [
      '$pw = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force',
      '$pw = ConvertTo-SecureString "<password>" -AsPlainText -Force',
      '$pw = Get-Content pw.txt | ConvertTo-SecureString', // encrypted, read from a file
    ],
  },
});

export const windowsCredentialDetectors = [dotnetNetworkCredential, ldapDirectoryEntryPassword, powershellPlainTextPassword];
