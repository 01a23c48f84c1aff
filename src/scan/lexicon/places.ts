/**
 * Place vocabulary for location and workplace hints: the words that make a named place findable
 * (a hospital, a station, a gym) and chain brands that pin a street when tied to one ("the Greggs
 * on Market St"). Lower case; compared with folded words.
 */

/** Words that end a place name and make it findable on their own: "Union Station". */
export const FACILITY_SUFFIXES: ReadonlySet<string> = new Set(
  `hospital infirmary clinic hospice surgery station stn interchange airport university uni
  college academy school primary secondary polytechnic campus gym stadium arena market markets
  mall library museum cathedral mosque synagogue temple abbey cemetery barracks prison
  tor bahnhof hauptbahnhof krankenhaus klinik klinikum universitat schule`.split(/\s+/),
);

/**
 * Words that end a place name but also end names of areas and streets ("Canary Wharf", "Finsbury
 * Park"): they count only after a proximity cue ("behind the Corn Exchange").
 */
export const WEAK_FACILITY_SUFFIXES: ReadonlySet<string> = new Set(
  `centre center exchange building buildings tower towers house hall halls court gallery theatre
  theater cinema church chapel park gardens hotel inn lodge motel hostel apartments pub arms
  tavern bar club casino bridge pier quay wharf docks depot warehouse factory mill plaza arcade
  ground pool baths leisure fitness`.split(/\s+/),
);

/** Lower-case facility words after a place name: "2 mins from Leeds station". */
export const LOWER_FACILITIES: ReadonlySet<string> = new Set(
  `station hospital infirmary university uni college airport stadium cathedral market`.split(/\s+/),
);

/** Facility words that open a name in Spanish, French, German, Italian or Portuguese. */
export const FACILITY_PREFIXES: ReadonlySet<string> = new Set(
  `mercado estacion hospital universidad colegio instituto plaza museo teatro iglesia catedral
  gare hopital universite lycee college musee marche eglise cathedrale place
  bahnhof krankenhaus universitat schule klinikum
  stazione ospedale universita mercato piazza estacao hospital universidade mercado praca`.split(
    /\s+/,
  ),
);

/** A suffix after these is a broad area, not a place: "city centre", "town centre". */
export const AREA_WORDS: ReadonlySet<string> = new Set(
  `city town village area district region county state country coast side end cbd uk us usa eu
  north south east west midlands highlands lakes valley borough`.split(/\s+/),
);

/** Chains and well-known brands; with a street or area attached they pin a location. */
export const BRANDS: readonly string[] =
  `greggs|tesco|tesco extra|tesco express|sainsbury's|sainsburys|
  asda|morrisons|aldi|lidl|co-op|coop|waitrose|m&s|marks & spencer|iceland|spar|centra|supervalu|
  dunnes|boots|superdrug|costa|starbucks|pret|caffe nero|nando's|nandos|mcdonald's|mcdonalds|kfc|
  burger king|subway|wetherspoons|wetherspoon|premier inn|travelodge|holiday inn|hilton|marriott|
  ibis|novotel|radisson|puregym|pure gym|the gym|anytime fitness|david lloyd|jd gym|nuffield|
  planet fitness|la fitness|snap fitness|primark|argos|currys|b&q|ikea|next|shoppers drug mart|
  tim hortons|walmart|target|walgreens|cvs|7-eleven|whole foods|trader joe's|costco|woolworths|
  coles|iga|kmart|bunnings|edeka|rewe|penny|netto|kaufland|rossmann|carrefour|mercadona|
  el corte ingles|monoprix|franprix|intermarche|leclerc|albert heijn|jumbo|hema|campos`
    .split('|')
    .map((b) => b.trim());

/** Jobs and courses (English plus a few German, Spanish, French forms). */
export const ROLES =
  `nurse|midwife|doctor|dentist|dental nurse|pharmacist|paramedic|carer|care worker|
  care assistant|healthcare assistant|support worker|teacher|teaching assistant|lecturer|professor|
  tutor|nanny|childminder|receptionist|paralegal|solicitor|lawyer|barrister|accountant|
  administrator|admin|secretary|personal assistant|assistant|manager|supervisor|cashier|barista|
  bartender|barmaid|waitress|waiter|server|chef|cook|cleaner|housekeeper|hairdresser|stylist|
  beautician|lash tech|nail tech|therapist|physio|physiotherapist|vet|vet nurse|veterinary nurse|
  flight attendant|cabin crew|air hostess|engineer|developer|analyst|consultant|intern|trainee|
  apprentice|police officer|officer|social worker|civil servant|librarian|sales assistant|
  shop assistant|retail assistant|customer service|driver|student|undergrad|postgrad|researcher|
  scientist|postdoc|phd student|phd candidate|fresher|radiographer|optician|pharmacy assistant|
  dispatcher|clerk|banker|broker|estate agent|letting agent|recruiter|journalist|designer|
  architect|surveyor|technician|mechanic|electrician|plumber|lifeguard|personal trainer|
  instructor|coach|erzieherin|erzieher|krankenschwester|pflegerin|lehrerin|verkauferin|kellnerin|
  friseurin|arztin|sekretarin|studentin|azubi|enfermera|profesora|maestra|estudiante|camarera|
  dependienta|secretaria|abogada|medica|infirmiere|etudiante|professeure|serveuse|vendeuse|
  caissiere|avocate|infirmière|étudiante|verkäuferin|ärztin|sekretärin|médica|caissière`
    .split('|')
    .map((r) => r.trim());

/** Lower-case workplace nouns: "a practice in Clontarf", "the Audi dealership in Bury". */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  `practice surgery clinic hospital ward primary school nursery academy college uni university
  dealership garage showroom salon spa shop store boutique cafe café restaurant bar pub hotel
  office firm bank factory warehouse call centre centre depot branch pharmacy chemist gym
  studio agency kita kindergarten schule praxis firma laden tienda oficina colegio escuela
  clinica hopital ecole boutique entreprise supermarket care home`.split(/\s+/),
);

/** Employers too broad to find someone by ("nurse for the NHS"), and sex-work platforms. */
export const BROAD_EMPLOYERS: ReadonlySet<string> = new Set(
  `nhs uni university college school work home night nights weekends christmas easter
  monday tuesday wednesday thursday friday saturday sunday onlyfans fansly adultwork aw
  vivastreet chaturbate manyvids pornhub twitter instagram tiktok the i`.split(/\s+/),
);
