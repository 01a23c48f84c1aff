/**
 * Small word lists shared by detectors. Kept short on purpose: they decide whether a token after
 * "snap" is a handle or an ordinary word, and whether a never-reveal entry such as "Bath" or
 * "Poppy" is also an everyday word that needs a capital letter before it counts.
 */

/** Everyday English words that often follow platform names or sit where a handle would. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about add after all also am an and any are as at away back be been being best big but by
  can chat check come content customs daily dm dms do don dont done down dm each else even ever
  every fake find first follow for free from fun get go going good got had has have her here hi
  him his hit how i if im in info is it its just know last late let like link links live lol
  look love main make me message messages more most msg my need new next no not now of off ok
  on one only or other our out over page pics pic please pls plus post posts premium preview
  previews profile rates real reply see send set she sfw so some soon stories story stuff
  such that the their them then there these they this those through to too u ugh up updates
  us using vids video videos want was way we well were what when where which who why will
  with would www x xx xxx yes you your yours
  today tonight tomorrow weekend week only day night dont anymore story app account accounts
  handle username user name private public nsfw sfw spam available preferred premium stories
  reels verified official bio inbox group channel calls call text texts voice photos selfies
  ok okay pm dms please thanks`.split(/\s+/),
);

/**
 * Everyday words that are also names, places or shops. A never-reveal entry on this list only
 * counts when written with a capital letter ("Bath" the town, not "bubble bath").
 */
export const NAME_LIKE_WORDS: ReadonlySet<string> = new Set(
  `bath reading sale street deal hull wells march bury poole rye ware looe nice hope cork derry
  poppy rose lily daisy holly ivy iris violet heather hazel willow rowan olive pearl ruby amber
  jade crystal summer autumn winter spring dawn april may june august faith grace joy honey
  candy cherry peach sky rain storm river brook brooks bell ball hall hill field fields green
  white black brown gray grey young long rich bond lamb rice page stone banks lane king price
  baker cook smith mason hunter chase miller fisher archer carter porter walker turner ward wood
  woods fox swan hart marsh cole rich penny angel star bliss ginger pepper sugar sunny misty
  mark bill will rob pat sue bob jack ben art max guy dean drew gene ray rod nick frank
  next boots shell apple target gap argos iceland co-op coop asda spar costa subway superdrug
  bridge park view york jersey chester reading worthing burnley`.split(/\s+/),
);

/** Generic parts of place and institution names: never distinctive on their own. */
export const GENERIC_NAME_PARTS: ReadonlySet<string> = new Set(
  `the of and de del la le les los las von van der den du da di y el al ni mc mac o st saint
  high school academy primary secondary college university uni hospital church road street lane
  avenue upon under on in by north south east west upper lower great little new old royal city
  town village centre center market house farm end green park hill bridge court close way
  drive place square gardens grove terrace crescent view station ltd limited group plc inc`.split(
    /\s+/,
  ),
);
