/**
 * Key formats their vendors document as public by design: they ship in web pages and app bundles
 * and grant no more than any visitor of those pages already has. keyguard's vendor detectors skip
 * them (stripe.ts, mapbox.ts, supabase.ts); the generic detectors must not report them either,
 * whatever the name they are assigned to (`STRIPE_KEY=pk_live_…`, `POSTHOG_KEY=phc_…`).
 */
const PUBLIC_BY_DESIGN: readonly RegExp[] = [
  // Stripe publishable keys (https://docs.stripe.com/keys#obtain-api-keys); Clerk's publishable keys
  // use the same prefixes (https://clerk.com/docs/deployments/clerk-environment-variables).
  /^pk_(?:live|test)_/,
  // Mapbox public tokens; `sk.` is secret (https://docs.mapbox.com/accounts/guides/tokens/).
  /^pk\.eyJ/,
  // PostHog project API keys: write-only, sent by the browser with every event; `phx_` personal
  // keys are secret (https://posthog.com/docs/api).
  /^phc_/,
  // Supabase publishable keys; `sb_secret_` is secret (https://supabase.com/docs/guides/api/api-keys).
  /^sb_publishable_/,
];

/** Is `value` in a key format its vendor documents as public? */
export function isPublicByDesign(value: string): boolean {
  return PUBLIC_BY_DESIGN.some((pattern) => pattern.test(value));
}
