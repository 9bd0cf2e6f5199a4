/** The stages in the order they run. Each file says what its stage repairs and why. */
import type { Stage, StageName } from '../types.js';
import { mojibakeStage } from './mojibake.js';
import { nfcStage } from './nfc.js';
import { whitespaceStage } from './whitespace.js';
import { ligaturesStage } from './ligatures.js';
import { noiseStage } from './noise.js';
import { hyphenationStage } from './hyphenation.js';
import { layoutStage } from './layout.js';
import { quotesStage } from './quotes.js';
import { umlautsStage } from './umlauts.js';
import { abbreviationsStage } from './abbreviations.js';
import { dassStage } from './dass.js';
import { punctuationStage } from './punctuation.js';
import { referencesStage } from './references.js';
import { namesStage } from './names.js';

export const STAGES: readonly Stage[] = [
  mojibakeStage,
  nfcStage,
  whitespaceStage,
  ligaturesStage,
  noiseStage,
  hyphenationStage,
  layoutStage,
  quotesStage,
  umlautsStage,
  abbreviationsStage,
  dassStage,
  namesStage,
  punctuationStage,
  referencesStage,
];

export const STAGE_NAMES: readonly StageName[] = STAGES.map((stage) => stage.name);
