import { defineDetector } from '../src/detector';

// Microsoft Azure / Entra ID credentials.

export const azureStorageAccountKey = defineDetector({
  id: 'azure-storage-account-key',
  provider: 'Azure',
  title: 'Storage account key',
  // Full control of every blob, file share, queue and table in the account.
  severity: 'critical',
  keywords: ['accountkey', 'azure'],
  // 64 random bytes in base64: 86 characters + `==`. Found as `AccountKey=…` in connection strings
  // or assigned to an azure…key name.
  // https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string
  // https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage
  pattern: String.raw`(?i)(?:accountkey[ \t]*=[ \t]*|azure[\w.-]{0,30}key["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?)([A-Za-z0-9+/]{86}==)`,
  minEntropy: 4.5,
  remediation: 'Rotate the key in the portal (Storage account → Security + networking → Access keys → Rotate key) or with `az storage account keys renew`.',
  examples: {
    positive: [
      'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=BwPTFXjZklCT/bJ8TnxIadCdQfVFJ+YAge4kCL7RRD5M0PFs21E54WpgVlIh4mQxJ9lJ6KkN0mLJhpqso1dn3Q==;EndpointSuffix=core.windows.net"',
      '{ "ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=st01;AccountKey=nFglSgAeN4m6YnJRmkRL8Ai1p6M2vR1JXrBZK0xD7bTNUKjp64UUIA/+fMOz1WF0tPnwaXeKv8vK7iQYLG5NVQ==" } }',
      'AZURE_STORAGE_KEY=UK2w7kEKCCa1Cu/msLTzttctP7dkLP2mmO28RfcsDJ2FL7rJsv3J3mG1giR3xSwUTX86mtbtkXcVXS/Ap91Z8A==',
      'storage:\n  azure_account_key: "Kx0uWQtj0h0Ru95a6mS+tyS4jCGxdiFnZmN15ZOiSuCD35wTbwlFcY7oQza3ZBkhwJ7ZX0+q85wZz4rn7AG1mA=="',
    ],
    negative: [
      'AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;',
      'AccountName=devstoreaccount1;AccountKey=yow7pBZuExzXLYVGAEmJA8qyNamcjWJa2IQCkLxB9sRf8d8sfNmoNKF7so1v==;', // too short
      'STORAGE_KEY=yow7pBZuExzXLYVGAEmJA8qyNamcjWJa2IQCkLxB9sRf8d8sfNmoNKF7so1vntBbaF8ewX5A2bweQ5Yjeb551w==', // no Azure name and no AccountKey=
    ],
  },
});

export const azureSharedAccessKey = defineDetector({
  id: 'azure-shared-access-key',
  provider: 'Azure',
  title: 'Service Bus / Event Hubs / IoT Hub shared access key',
  severity: 'high',
  keywords: ['sharedaccesskey='],
  // `SharedAccessKey=` + 32 random bytes in base64 (43 characters + `=`) in connection strings.
  // https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas
  // https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas
  pattern: String.raw`(?i)SharedAccessKey[ \t]*=[ \t]*([A-Za-z0-9+/]{43}=)`,
  minEntropy: 4.0,
  remediation: 'Regenerate the key of the shared access policy (namespace or hub → Shared access policies → Regenerate), then update the connection strings that use it.',
  examples: {
    positive: [
      'SERVICEBUS_CONNECTION="Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=gzwo1vPaqristomC+u/4Y/Fp3B8JbaY74L+Gyscg+to="',
      '{ "IOTHUB_CONNECTION_STRING": "HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=4EC+FUVeJoP82jFH3TNCA1aQx0r4n+jVeyd0OWfp40k=" }',
      'var conn = "Endpoint=sb://ev.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=VYncVIcHlzFt8dLk+CwfhQSUDL5o/b0Ub5VKIhdUTts=;EntityPath=events";',
    ],
    negative: [
      'SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];',
      'SharedAccessKeyName=send;SharedAccessKey=+H1wuV1/+qnhqkvCmDpRem9aoaGCFy=', // too short
      'SharedAccessKey=<key>',
    ],
  },
});

export const azureSasToken = defineDetector({
  id: 'azure-sas-token',
  provider: 'Azure',
  title: 'Storage shared access signature (SAS)',
  // Scoped and time-limited, but often issued with long expiry and write access.
  severity: 'high',
  keywords: ['sig='],
  // A SAS is query parameters: `sv=<service version date>` … `sig=<HMAC-SHA256 signature, base64,
  // URL-encoded>`; Azure writes `sig` last. https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas
  pattern: String.raw`[?&;]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,300}?[?&]sig=([A-Za-z0-9%+/]{43,100}(?:=|%3[Dd]){0,2})(?:[^A-Za-z0-9%+/=]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke it by rotating the account key that signed it (or the stored access policy / user delegation key behind it), and issue a shorter-lived SAS.',
  examples: {
    positive: [
      'BLOB_URL="https://acme.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2030-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=krU%2FrL3Eg4hHo3Jtqhtw52fDWSffdQjfHY0auSPO48E%3D"',
      '{ "sasToken": "?sv=2021-06-08&ss=bfqt&srt=sco&sp=rl&se=2031-05-01T08:00:00Z&spr=https&sig=DHH4A0khZU9b8qRwJlelCbOaJD7mXAnEp%2BW%2BAwPcyBg%3D" }',
      'curl -X PUT -T file.txt "https://st.blob.core.windows.net/c/file.txt?sv=2023-01-03&sr=b&sp=cw&se=2030-02-02&sig=uMXv%2F30S2ZrhQsXfRRM5T5%2B8yoLsFz%2FCm2YWadubvg4%3D"',
    ],
    negative: [
      'https://acme.blob.core.windows.net/c/x?sv=2022-11-02&sr=b&sp=r&sig=<signature>',
      'https://acme.blob.core.windows.net/c/x?sv=2022-11-02&sr=b&sp=r&sig=abc123', // too short
      'https://example.org/download?id=3&sig=lOwl9PYz2G4DULmW%2BJXRUJRwCsTw8eKZd93StLTEQmQ%3D', // no SAS service version
    ],
  },
});

export const azureAdClientSecret = defineDetector({
  id: 'azure-ad-client-secret',
  provider: 'Azure',
  title: 'Entra ID (Azure AD) application client secret',
  severity: 'critical',
  keywords: ['q~'],
  // Client secrets created since 2021: 3 characters, a digit, `Q~`, then 31-34 of [A-Za-z0-9_~.-]
  // (40 characters in all for current secrets).
  // https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret
  // https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/azure.go
  pattern: String.raw`(?:^|[\\'"\x60\s>=:(,)])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[\\'"\x60\s<),;]|$)`,
  minEntropy: 3.8,
  remediation: 'Delete the secret in Entra ID (App registrations → your app → Certificates & secrets) and add a new one; check sign-in logs for the service principal.',
  examples: {
    positive: [
      'AZURE_CLIENT_SECRET=Mla5Q~pPD9Y4BJtiq5m~dY9pBUhVBzb.4JGrrbPE',
      '{ "AzureAd": { "ClientSecret": "OMd1Q~P5.XKfWYxf_bFlebFb-THFvq.HLasuLAQU" } }',
      "client_secret: '_ja3Q~3.n9ibE_KWhfjIEO2jn8S.Ucu9Jxk-hRjN'",
      'az login --service-principal -u 0f1e --password "9Z28Q~gKqbBRiQrCmWcLAk-jEplbv98U5g9PFT1e" --tenant t',
    ],
    negative: [
      'AZURE_CLIENT_SECRET=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_CLIENT_SECRET=7xn9Q~~RcQS0dj5Q1DdBH27.', // too short
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '<Trust Identity="USK@x,4~q8Q~3wIHjX9DT0yCNfQmr9oxmYrDZoQVLOdNg~yk0,AQACAAE/x"/>', // too long a run
    ],
  },
});

export const azureAppConfigurationKey = defineDetector({
  id: 'azure-app-configuration-key',
  provider: 'Azure',
  title: 'App Configuration access key (connection string)',
  severity: 'high',
  keywords: ['azconfig.io'],
  // `Endpoint=https://<store>.azconfig.io;Id=<credential id>;Secret=<base64, 44 characters>`.
  // https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication
  pattern: String.raw`https://[\w.-]+\.azconfig\.io;Id=[^;\s"']{1,64};Secret=([A-Za-z0-9+/]{43}=)`,
  minEntropy: 4.0,
  remediation: 'Regenerate the key in the portal (App Configuration store → Access settings → Regenerate), then update clients.',
  examples: {
    positive: [
      'APPCONFIG_CONNECTION_STRING="Endpoint=https://acme-prod.azconfig.io;Id=ak5b-67-s0:BdT684fansgpWkRASE9K;Secret=+H1wuV1/+qnhqkvCmDpRem9aoaGCFy04FbQ+J6oZedA="',
      '{ "AppConfig": "Endpoint=https://cfg-dev.azconfig.io;Id=1lkd-49-s0:jlJ5lQRHhw4zAknsCvQs;Secret=vBNXL0bAIetXtt6wdZi3zYNqVWWJCKcOXtE5Vw3Tlg4=" }',
      'builder.AddAzureAppConfiguration("Endpoint=https://store1.azconfig.io;Id=a6il-82-s0:X4gBZEWNCe0bJbmSE44U;Secret=gzwo1vPaqristomC+u/4Y/Fp3B8JbaY74L+Gyscg+to=");',
    ],
    negative: [
      'az appconfig kv list --connection-string Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx',
      'Endpoint=https://contoso.azconfig.io;Id=ak5b-67-s0:BdT684fansgpWkRASE9K;Secret=<secret>',
      'Endpoint=https://contoso.azconfig.io;Id=ak5b-67-s0:BdT684fansgpWkRASE9K;Secret=4EC+FUVeJoP82jFH3TNC', // too short
    ],
  },
});

export const azureDevopsPat = defineDetector({
  id: 'azure-devops-pat',
  provider: 'Azure DevOps',
  title: 'Personal access token',
  severity: 'critical',
  keywords: ['jqqj'],
  // Since 2024, 84 characters: 52 random, the Microsoft identifiable-key marker `JQQJ9` + 19, the
  // provider signature `AZDO`, then 4.
  // https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate
  // https://github.com/praetorian-inc/noseyparker/blob/main/crates/noseyparker/data/default/builtin/rules/azure.yml
  pattern: String.raw`\b([A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{19}AZDO[A-Za-z0-9]{4})\b`,
  minEntropy: 4.0,
  remediation: 'Revoke it in Azure DevOps (User settings → Personal access tokens), or have an organization admin revoke it; then create a narrower one.',
  examples: {
    positive: [
      'AZURE_DEVOPS_PAT=0WXPEAxeAm3hIvci9tvow8XMc51wMIHRCk7ASQZ1qaitelIizH9NJQQJ91SQDNJAAAAABrkvAAASAZDOX3cq',
      "token = 'OjqxKBazFurWoHDAOmpleNav3VI9LxFHOyAURwAHqeRXJgUmdT5VJQQJ92QP2TNAAAAAnTTnAAASAZDObwk5'",
      'git clone https://user:cZi4oKWFPOKpTVcdF0XSWbMxxtxTO7Ih5G0nIx7JDV79ZnfocjmsJQQJ96UCZAZAAAAATe7VAAASAZDObQQt@dev.azure.com/org/proj/_git/repo',
    ],
    negative: [
      'AZURE_DEVOPS_PAT=CXkT8bmEOvkW3ROYB1WwmDCaDi7zeMmGZhl9T0dBgnHWoIOLewv7JQQJ92WOXT2AAAAAnGFvAAASAZDO', // truncated
      'AZURE_DEVOPS_PAT=CXkT8bmEOvkW3ROYB1WwmDCaDi7zeMmGZhl9T0dBgnHWoIOLewv7JQQJ92WOXT2AAAAAnGFvAAASXXXXHPtd', // no AZDO signature
      'AZURE_DEVOPS_PAT=CXkT8bmEOvkW3ROYB1WwmDCaDi7zeMmGZhl9T0dBgnHWoIOLewv7ABCD12WOXT2AAAAAnGFvAAASAZDOHPtd', // no identifiable-key marker
    ],
  },
});

export const azureDevopsPatLegacy = defineDetector({
  id: 'azure-devops-pat-legacy',
  provider: 'Azure DevOps',
  title: 'Personal access token (52-character format)',
  severity: 'critical',
  keywords: ['devops', 'vsts', 'ado_', 'ado-', 'azure'],
  // Before 2024: 52 characters of lowercase base32 ([a-z2-7]) with no prefix, so trusted only under an
  // Azure DevOps name (AZURE_DEVOPS_PAT, ado_pat, VSTS_TOKEN …).
  // https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate
  pattern: String.raw`(?i)(?:azure[_.-]?devops|devops|vsts|\bado|azure)[\w.-]{0,20}?(?:pat|token|password)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([a-z2-7]{52})(?:[^A-Za-z0-9]|$)`,
  minEntropy: 4.0,
  validate: (secret) => /^[a-z2-7]+$/.test(secret),
  remediation: 'Revoke it in Azure DevOps (User settings → Personal access tokens), then create a narrower one.',
  examples: {
    positive: [
      'AZURE_DEVOPS_PAT=pmeq4i62x7tu4s6dfhe4r7q24vipxfpkupanxav3bvsosimrmstv',
      'ado_pat = "y23oooih5hu2bmdtilsq6d354vo4g2llecuavsp2s2e7f2olvffl"',
      'env:\n  VSTS_TOKEN: kakn53ijzg64fodnrjduwqo5ipuy2blo2owi3pqj56hgi4kb6kqe',
    ],
    negative: [
      'personal_access_token = "ustidpwkehvtcw35lu77wdlgavecovmflqie3t2wypwl6ok7tlfv"', // no Azure DevOps name
      'AZURE_DEVOPS_PAT=ustidpwkehvtcw35lu77wdlgavecovmflqie3t2w', // too short
      'AZURE_DEVOPS_PAT=USTIDPWKEHVTCW35LU77WDLGAVECOVMFLQIE3T2WYPWL6OK7TLFV', // uppercase: not this format
    ],
  },
});

export const azureDetectors = [
  azureStorageAccountKey,
  azureSharedAccessKey,
  azureSasToken,
  azureAdClientSecret,
  azureAppConfigurationKey,
  azureDevopsPat,
  azureDevopsPatLegacy,
];
