import { defineDetector } from '../src/detector';

// Mapbox tokens: `pk.` public (meant for browsers, not reported), `sk.` secret, `tk.` temporary, each followed by a
// JWT-like base64url payload and signature. https://docs.mapbox.com/accounts/guides/tokens/

export const mapboxSecretToken = defineDetector({
  id: 'mapbox-secret-token',
  provider: 'Mapbox',
  title: 'Secret access token',
  severity: 'high',
  keywords: ['sk.eyj'],
  pattern: String.raw`\b(sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,60})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the token at account.mapbox.com/access-tokens, then create a new one with the least scopes needed.',
  examples: {
    positive: [
      'export MAPBOX_SECRET_TOKEN=sk.eyJ1IjoiaG56cGh4d2MiLCJhIjoiNTEwcnQxcTVjMjV3NmI0azh0dGc1NGVlayJ9.44s9jrxR6CLukTtop0-ATQ',
      "  //mapboxgl.accessToken = 'sk.eyJ1IjoiZ2xobWttZXMiLCJhIjoiMjdjcHZjajhldHgwNXN5NnhtcjdvbzVybCJ9._Oa8J1gJPMt-c8K9vgT-QG';",
      'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiZndnc3B0ZWgiLCJhIjoiNHIzYWd6cXA2c2dzZHFrcGk2M2k0YWpuOCJ9.snkGo7Idxg5TgORfb5VNo6',
    ],
    negative: [
      'mapboxgl.accessToken = "pk.eyJ1Ijoia3FtemZmZWkiLCJhIjoiemE0Z2VmMWtvZ29wZHVmZXk3d2djN2k4NiJ9.M85pLpLPzNrGehGqtP8f_P";',
      'MAPBOX_SECRET_TOKEN=sk.eyJ1IjoieW91ciJ9.xxxxxxxxxxxxxxxxxxxxxx',
      'MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoid2VhcWlrcnQiLCJhIjoiNTNmc2hxaTZiOG95NXB3dnFpdHhwdGViYiJ9',
    ],
  },
});

export const mapboxTemporaryToken = defineDetector({
  id: 'mapbox-temporary-token',
  provider: 'Mapbox',
  title: 'Temporary access token',
  severity: 'medium',
  keywords: ['tk.eyj'],
  // Temporary tokens expire within an hour but carry secret scopes until then.
  pattern: String.raw`\b(tk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,60})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Let it expire (at most 1 hour) and rotate the secret token that created it at account.mapbox.com/access-tokens.',
  examples: {
    positive: [
      'MAPBOX_TEMP_TOKEN=tk.eyJ1IjoicWxqYm9icG0iLCJhIjoiYXV3bWZiNjk0d3BrZnpieHlnNmNjeTI3YiJ9.SFsPLVYLi70rSXtAPI4NpX',
      "mapboxgl.accessToken = 'tk.eyJ1IjoieWtlb3didnUiLCJhIjoibmpnZTh5eDVmdWw4ajU4dXF0bzNyMHQ4byJ9.UUl9uwIi9HinNKM_TpG29a';",
      '{"token": "tk.eyJ1IjoicXNmY3dwZXYiLCJhIjoidHNoNjM1aXk5Ynd5Y3E2ZXhrNXBzMmhrciJ9.lcgB0vuJi_35IGtJSH-hcH"}',
    ],
    negative: [
      'mapboxgl.accessToken = "pk.eyJ1Ijoia2F0d2tpdHEiLCJhIjoibWdnd3NlODZoM3B4cmRwZW55MXR4N3g4dSJ9.bBJ-JYu8BYaHoUQvRtY7Wr";',
      'MAPBOX_TEMP_TOKEN=tk.eyJ1IjoieW91ciJ9.xxxxxxxxxxxxxxxxxxxxxx',
      'MAPBOX_TEMP_TOKEN=tk.eyJ1IjoiZ3hsYmx2bGYiLCJhIjoidDFudTg4aHI1MHZzbzM5dzEwZnNoNGp3bCJ9',
    ],
  },
});

export const mapboxDetectors = [mapboxSecretToken, mapboxTemporaryToken];
