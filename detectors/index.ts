import { Detector } from '../src/detector';
import { anthropicDetectors } from './anthropic';
import { awsDetectors } from './aws';
import { genericDetectors } from './generic';
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
// imports:cloud
// imports:ai-saas
// imports:devtools
// imports:commerce-messaging
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
  // detectors:cloud
  // detectors:ai-saas
  // detectors:devtools
  // detectors:commerce-messaging
  // detectors:structural
  ...genericDetectors,
];
