// Platforms protected from install, one file each (see CONTRIBUTING.md, adding a site).
import type { Site } from '../types.ts';
import { admireme } from './admireme.ts';
import { adultwork } from './adultwork.ts';
import { bluesky } from './bluesky.ts';
import { chaturbate } from './chaturbate.ts';
import { cherrytv } from './cherrytv.ts';
import { clips4sale } from './clips4sale.ts';
import { eros } from './eros.ts';
import { facebook } from './facebook.ts';
import { fancentro } from './fancentro.ts';
import { fansly } from './fansly.ts';
import { fanvue } from './fanvue.ts';
import { instagram } from './instagram.ts';
import { iwantclips } from './iwantclips.ts';
import { justforfans } from './justforfans.ts';
import { leolist } from './leolist.ts';
import { loyalfans } from './loyalfans.ts';
import { manyvids } from './manyvids.ts';
import { megapersonals } from './megapersonals.ts';
import { mym } from './mym.ts';
import { onlyfans } from './onlyfans.ts';
import { pornhub } from './pornhub.ts';
import { reddit } from './reddit.ts';
import { skokka } from './skokka.ts';
import { slixa } from './slixa.ts';
import { stripchat } from './stripchat.ts';
import { throne } from './throne.ts';
import { tiktok } from './tiktok.ts';
import { tryst } from './tryst.ts';
import { vivastreet } from './vivastreet.ts';
import { x } from './x.ts';

export const PLATFORMS: readonly Site[] = [
  admireme,
  adultwork,
  bluesky,
  chaturbate,
  cherrytv,
  clips4sale,
  eros,
  facebook,
  fancentro,
  fansly,
  fanvue,
  instagram,
  iwantclips,
  justforfans,
  leolist,
  loyalfans,
  manyvids,
  megapersonals,
  mym,
  onlyfans,
  pornhub,
  reddit,
  skokka,
  slixa,
  stripchat,
  throne,
  tiktok,
  tryst,
  vivastreet,
  x,
];
