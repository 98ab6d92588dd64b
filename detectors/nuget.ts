import { defineDetector } from '../src/detector';

export const nugetDetectors = [
  defineDetector({
    id: 'nuget-api-key',
    provider: 'NuGet',
    title: 'nuget.org API key',
    severity: 'critical',
    keywords: ['oy2'],
    // nuget.org API keys are `oy2` + 43 lowercase base32-like characters (46 in all).
    // https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys ,
    // https://github.com/NuGet/NuGetGallery/blob/main/src/NuGetGallery.Services/Authentication/ApiKeyV4.cs
    pattern: String.raw`\b(oy2[a-z0-9]{43})\b`,
    minEntropy: 3.5,
    remediation: 'Delete the key at nuget.org/account/apikeys, then create a new package-scoped one.',
    examples: {
      positive: [
        'dotnet nuget push app.nupkg --api-key oy2a4a2sn679a433a360r0o8zaoz5r3jms9f8669vpobso -s https://api.nuget.org/v3/index.json',
        'NUGET_API_KEY=oy2yc9lixmnvva1m6ho36ssiffsp8u39adl42rgklbssan',
        'env:\n  NUGET_KEY: "oy2rgppe16vfokl72g1pqdtul8j9okj2cgui1muh5mrovf"',
      ],
      negative: [
        'NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'NUGET_API_KEY=oy244bsv8hqcp22wpaqnwp5zlbsa8xr0l7btnwe8', // too short
        'NUGET_API_KEY=oy244BSV8HQCP22WPAQNWP5ZLBSA8XR0L7BTNWE8CP04HK', // uppercase: not a nuget.org key
      ],
    },
  }),
  defineDetector({
    id: 'nuget-config-password',
    provider: 'NuGet',
    title: 'Cleartext password in NuGet.Config',
    severity: 'high',
    keywords: ['key="cleartextpassword"', 'key="password"'],
    // packageSourceCredentials store `<add key="ClearTextPassword" value="…" />` (or an encrypted
    // `Password`, which is only usable on the machine that wrote it, but still worth flagging).
    // https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials
    pattern: String.raw`<add\s+key\s*=\s*"(?:(?i:cleartextpassword)|[Pp]assword)"\s+value\s*=\s*"([^"]{8,256})"`,
    remediation: 'Rotate the feed password or PAT, then reference it through an environment variable (%FEED_PASSWORD%) instead.',
    examples: {
      positive: [
        { path: 'NuGet.Config', text: '<packageSourceCredentials>\n  <Acme>\n    <add key="Username" value="ci@acme.dev" />\n    <add key="ClearTextPassword" value="Rk7vQp2Lw9zX" />\n  </Acme>\n</packageSourceCredentials>' },
        '<add key="ClearTextPassword" value="ghFeed-2024-Mv8q" />',
        '<add key="Password" value="AQAAANCMnd8BFdERjHoAwE" />',
      ],
      negative: [
        '<add key="ClearTextPassword" value="%FEED_PASSWORD%" />',
        '<add key="ClearTextPassword" value="abc" />',
        '<add key="ClearTextPassword" value="33f!!lloppa" />', // Microsoft's documentation example
        '<add key="Username" value="ci@acme.dev" />',
      ],
    },
  }),
];
