import { Detector } from '../src/detector';
import { FileDetector } from '../src/file-detector';
import { cloudCredentialFileDetectors } from './cloud-credential-files';
import { credentialFileDetectors } from './credential-files';
import { keyStoreDetectors } from './key-stores';
import { privateKeyFileDetectors } from './private-key-files';
import { anthropicDetectors } from './anthropic';
import { awsDetectors } from './aws';
import { genericDetectors } from './generic';
import { genericUuidDetectors } from './generic-uuid';
import { genericPasswordEnvDetectors } from './generic-password-env';
import { githubDetectors } from './github';
import { googleDetectors } from './google';
import { huggingfaceDetectors } from './huggingface';
import { npmDetectors } from './npm';
import { openaiDetectors } from './openai';
import { privateKeyDetectors } from './private-key';
import { replicateDetectors } from './replicate';
import { runpodDetectors } from './runpod';
import { runwayDetectors } from './runway';
import { slackDetectors } from './slack';
import { stripeDetectors } from './stripe';
import { azureDetectors } from './azure';
import { gcpDetectors } from './gcp';
import { alibabaDetectors } from './alibaba';
import { clickhouseDetectors } from './clickhouse';
import { cloudflareDetectors } from './cloudflare';
import { databricksDetectors } from './databricks';
import { digitaloceanDetectors } from './digitalocean';
import { flyioDetectors } from './flyio';
import { herokuDetectors } from './heroku';
import { linodeDetectors } from './linode';
import { netlifyDetectors } from './netlify';
import { openshiftDetectors } from './openshift';
import { planetscaleDetectors } from './planetscale';
import { scalingoDetectors } from './scalingo';
import { supabaseDetectors } from './supabase';
import { tailscaleDetectors } from './tailscale';
import { truenasDetectors } from './truenas';
import { vercelDetectors } from './vercel';
import { vmwareDetectors } from './vmware';
import { ibmDetectors } from './ibm';
// imports:cloud
import { groqDetectors } from './groq';
import { mistralDetectors } from './mistral';
import { cohereDetectors } from './cohere';
import { xaiDetectors } from './xai';
import { deepseekDetectors } from './deepseek';
import { perplexityDetectors } from './perplexity';
import { openrouterDetectors } from './openrouter';
import { pineconeDetectors } from './pinecone';
import { jinaDetectors } from './jina';
import { kagiDetectors } from './kagi';
import { tavilyDetectors } from './tavily';
import { firecrawlDetectors } from './firecrawl';
import { privateaiDetectors } from './privateai';
import { elevenlabsDetectors } from './elevenlabs';
import { assemblyaiDetectors } from './assemblyai';
import { notionDetectors } from './notion';
import { linearDetectors } from './linear';
import { figmaDetectors } from './figma';
import { atlassianDetectors } from './atlassian';
import { sentryDetectors } from './sentry';
import { datadogDetectors } from './datadog';
import { newrelicDetectors } from './newrelic';
import { grafanaDetectors } from './grafana';
import { dynatraceDetectors } from './dynatrace';
import { sumologicDetectors } from './sumologic';
import { postmanDetectors } from './postman';
import { segmentDetectors } from './segment';
import { mapboxDetectors } from './mapbox';
import { adafruitDetectors } from './adafruit';
import { adobeDetectors } from './adobe';
import { nasaDetectors } from './nasa';
import { dropboxDetectors } from './dropbox';
import { hubspotDetectors } from './hubspot';
import { airtableDetectors } from './airtable';
import { asanaDetectors } from './asana';
import { readmeDetectors } from './readme';
import { beamerDetectors } from './beamer';
import { algoliaDetectors } from './algolia';
import { launchdarklyDetectors } from './launchdarkly';
import { contentfulDetectors } from './contentful';
// imports:ai-saas
import { gitlabDetectors } from './gitlab';
import { bitbucketDetectors } from './bitbucket';
import { buildkiteDetectors } from './buildkite';
import { circleciDetectors } from './circleci';
import { codeclimateDetectors } from './codeclimate';
import { codecovDetectors } from './codecov';
import { cratesioDetectors } from './cratesio';
import { dockerDetectors } from './docker';
import { dopplerDetectors } from './doppler';
import { dtrackDetectors } from './dtrack';
import { gitalkDetectors } from './gitalk';
import { infracostDetectors } from './infracost';
import { jenkinsDetectors } from './jenkins';
import { jfrogDetectors } from './jfrog';
import { nugetDetectors } from './nuget';
import { octopusDetectors } from './octopus';
import { onepasswordDetectors } from './onepassword';
import { prefectDetectors } from './prefect';
import { pulumiDetectors } from './pulumi';
import { pypiDetectors } from './pypi';
import { rubygemsDetectors } from './rubygems';
import { sidekiqDetectors } from './sidekiq';
import { snykDetectors } from './snyk';
import { sonarDetectors } from './sonar';
import { sourcegraphDetectors } from './sourcegraph';
import { stackhawkDetectors } from './stackhawk';
import { teamcityDetectors } from './teamcity';
import { terraformDetectors } from './terraform';
import { travisDetectors } from './travis';
import { vaultDetectors } from './vault';
// imports:devtools
import { squareDetectors } from './square';
import { braintreeDetectors } from './braintree';
import { shopifyDetectors } from './shopify';
import { plaidDetectors } from './plaid';
import { flutterwaveDetectors } from './flutterwave';
import { gocardlessDetectors } from './gocardless';
import { easypostDetectors } from './easypost';
import { freemiusDetectors } from './freemius';
import { etsyDetectors } from './etsy';
import { twilioDetectors } from './twilio';
import { sendgridDetectors } from './sendgrid';
import { mailgunDetectors } from './mailgun';
import { mailchimpDetectors } from './mailchimp';
import { postmarkDetectors } from './postmark';
import { messagebirdDetectors } from './messagebird';
import { mandrillDetectors } from './mandrill';
import { discordDetectors } from './discord';
import { telegramDetectors } from './telegram';
import { msteamsDetectors } from './msteams';
import { oktaDetectors } from './okta';
import { auth0Detectors } from './auth0';
import { facebookDetectors } from './facebook';
import { twitterDetectors } from './twitter';
import { linkedinDetectors } from './linkedin';
import { twitchDetectors } from './twitch';
import { salesforceDetectors } from './salesforce';
import { saucelabsDetectors } from './saucelabs';
import { particleDetectors } from './particle';
import { blynkDetectors } from './blynk';
import { thingsboardDetectors } from './thingsboard';
import { merakiDetectors } from './meraki';
import { intra42Detectors } from './intra42';
import { razorpayDetectors } from './razorpay';
import { klaviyoDetectors } from './klaviyo';
import { intercomDetectors } from './intercom';
import { pusherDetectors } from './pusher';
import { vonageDetectors } from './vonage';
import { plivoDetectors } from './plivo';
import { zendeskDetectors } from './zendesk';
import { zoomDetectors } from './zoom';
import { coinbaseDetectors } from './coinbase';
import { adyenDetectors } from './adyen';
// imports:commerce-messaging
import { databaseUrlDetectors } from './database-url';
import { basicAuthDetectors } from './basic-auth';
import { jwtDetectors } from './jwt';
import { ageDetectors } from './age';
import { wireguardDetectors } from './wireguard';
import { passwordHashDetectors } from './password-hash';
import { configFileDetectors } from './config-files';
import { kubernetesDetectors } from './kubernetes';
import { kubernetesCliDetectors } from './kubernetes-cli';
import { secp256k1Detectors } from './secp256k1';
import { windowsCredentialDetectors } from './windows-credentials';
import { cliPasswordDetectors } from './cli-passwords';
import { codeCredentialDetectors } from './code-credentials';
import { gradleDetectors } from './gradle';
import { xmlConfigDetectors } from './xml-config';
// imports:structural

/** Every built-in detector: specific providers first, catch-all generic detectors last. */
export const detectors: readonly Detector[] = [
  ...runwayDetectors,
  ...stripeDetectors,
  ...runpodDetectors,
  ...replicateDetectors,
  ...awsDetectors,
  ...githubDetectors,
  ...slackDetectors,
  ...openaiDetectors,
  ...anthropicDetectors,
  ...googleDetectors,
  ...huggingfaceDetectors,
  ...npmDetectors,
  ...privateKeyDetectors,
  ...gcpDetectors,
  ...azureDetectors,
  ...alibabaDetectors,
  ...clickhouseDetectors,
  ...cloudflareDetectors,
  ...databricksDetectors,
  ...digitaloceanDetectors,
  ...flyioDetectors,
  ...herokuDetectors,
  ...linodeDetectors,
  ...netlifyDetectors,
  ...openshiftDetectors,
  ...planetscaleDetectors,
  ...scalingoDetectors,
  ...supabaseDetectors,
  ...tailscaleDetectors,
  ...truenasDetectors,
  ...vercelDetectors,
  ...vmwareDetectors,
  ...ibmDetectors,
  // detectors:cloud
  ...groqDetectors,
  ...mistralDetectors,
  ...cohereDetectors,
  ...xaiDetectors,
  ...deepseekDetectors,
  ...perplexityDetectors,
  ...openrouterDetectors,
  ...pineconeDetectors,
  ...jinaDetectors,
  ...kagiDetectors,
  ...tavilyDetectors,
  ...firecrawlDetectors,
  ...privateaiDetectors,
  ...elevenlabsDetectors,
  ...assemblyaiDetectors,
  ...notionDetectors,
  ...linearDetectors,
  ...figmaDetectors,
  ...atlassianDetectors,
  ...sentryDetectors,
  ...datadogDetectors,
  ...newrelicDetectors,
  ...grafanaDetectors,
  ...dynatraceDetectors,
  ...sumologicDetectors,
  ...postmanDetectors,
  ...segmentDetectors,
  ...mapboxDetectors,
  ...adafruitDetectors,
  ...adobeDetectors,
  ...nasaDetectors,
  ...dropboxDetectors,
  ...hubspotDetectors,
  ...airtableDetectors,
  ...asanaDetectors,
  ...readmeDetectors,
  ...beamerDetectors,
  ...algoliaDetectors,
  ...launchdarklyDetectors,
  ...contentfulDetectors,
  // detectors:ai-saas
  ...gitlabDetectors,
  ...bitbucketDetectors,
  ...buildkiteDetectors,
  ...circleciDetectors,
  ...codeclimateDetectors,
  ...codecovDetectors,
  ...cratesioDetectors,
  ...dockerDetectors,
  ...dopplerDetectors,
  ...dtrackDetectors,
  ...gitalkDetectors,
  ...infracostDetectors,
  ...jenkinsDetectors,
  ...jfrogDetectors,
  ...nugetDetectors,
  ...octopusDetectors,
  ...onepasswordDetectors,
  ...prefectDetectors,
  ...pulumiDetectors,
  ...pypiDetectors,
  ...rubygemsDetectors,
  ...sidekiqDetectors,
  ...snykDetectors,
  ...sonarDetectors,
  ...sourcegraphDetectors,
  ...stackhawkDetectors,
  ...teamcityDetectors,
  ...terraformDetectors,
  ...travisDetectors,
  ...vaultDetectors,
  // detectors:devtools
  ...squareDetectors,
  ...braintreeDetectors,
  ...shopifyDetectors,
  ...plaidDetectors,
  ...flutterwaveDetectors,
  ...gocardlessDetectors,
  ...easypostDetectors,
  ...freemiusDetectors,
  ...etsyDetectors,
  ...twilioDetectors,
  ...sendgridDetectors,
  ...mailgunDetectors,
  ...mailchimpDetectors,
  ...postmarkDetectors,
  ...messagebirdDetectors,
  ...mandrillDetectors,
  ...discordDetectors,
  ...telegramDetectors,
  ...msteamsDetectors,
  ...oktaDetectors,
  ...auth0Detectors,
  ...facebookDetectors,
  ...twitterDetectors,
  ...linkedinDetectors,
  ...twitchDetectors,
  ...salesforceDetectors,
  ...saucelabsDetectors,
  ...particleDetectors,
  ...blynkDetectors,
  ...thingsboardDetectors,
  ...merakiDetectors,
  ...intra42Detectors,
  ...razorpayDetectors,
  ...klaviyoDetectors,
  ...intercomDetectors,
  ...pusherDetectors,
  ...vonageDetectors,
  ...plivoDetectors,
  ...zendeskDetectors,
  ...zoomDetectors,
  ...coinbaseDetectors,
  ...adyenDetectors,
  // detectors:commerce-messaging
  ...databaseUrlDetectors,
  ...basicAuthDetectors,
  ...jwtDetectors,
  ...ageDetectors,
  ...wireguardDetectors,
  ...passwordHashDetectors,
  ...configFileDetectors,
  ...kubernetesDetectors,
  ...kubernetesCliDetectors,
  ...secp256k1Detectors,
  ...windowsCredentialDetectors,
  ...cliPasswordDetectors,
  ...codeCredentialDetectors,
  ...gradleDetectors,
  ...xmlConfigDetectors,
  // detectors:structural
  ...genericDetectors,
  ...genericUuidDetectors,
  ...genericPasswordEnvDetectors,
];

/**
 * Credential files recognised by path (key stores, key files, .env and other credential configs):
 * they run on matching staged paths only, after the content detectors, and add what those miss.
 */
export const fileDetectors: readonly FileDetector[] = [
  ...keyStoreDetectors,
  ...privateKeyFileDetectors,
  ...credentialFileDetectors,
  ...cloudCredentialFileDetectors,
];
