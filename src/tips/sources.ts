/**
 * Where the facts in the tips come from: the keys of SAFETY-TOPICS.md §5. `kind` follows that
 * document: "primary" is the organisation's, platform's or paper's own page; "secondary" is
 * journalism, blogs and third-party guides reporting on it; "vendor" is a company's own testing
 * or survey, to be worded as such in a tip.
 */
import type { Source } from './schema.ts';

export const SOURCES = {
  // Beyond the Gaze and related research
  'BTG-SCREEN': {
    title: 'Beyond the Gaze: pre-booking screening, number and email checkers, warning schemes',
    url: 'https://www.beyond-the-gaze.com/safety-info/pre-booking-screening-number-email-checkers-warning-schemes/',
    kind: 'primary',
  },
  'BTG-INCALL': {
    title: 'Beyond the Gaze: at booking, in-calls',
    url: 'https://www.beyond-the-gaze.com/safety-info/at-booking-in-calls/',
    kind: 'primary',
  },
  'BTG-REPORT': {
    title: 'Beyond the Gaze: reporting to NUM, other third-party schemes and the police',
    url: 'https://www.beyond-the-gaze.com/safety-info/reporting-to-num-other-third-party-reporting-schemes-and-the-police/',
    kind: 'primary',
  },
  'BTG-CRIME': {
    title: "Beyond the Gaze: knowing what's a crime, including harassment",
    url: 'https://www.beyond-the-gaze.com/knowing-whats-a-crime-incl-harassment/',
    kind: 'primary',
  },
  'BTG-BRIEF': {
    title: 'Beyond the Gaze: summary briefing on internet sex work',
    url: 'https://assets.documentcloud.org/documents/4442315/Beyond-the-Gaze-Summary-Briefing-on-Internet-Sex.txt',
    kind: 'primary',
  },
  YAHOO: {
    title: 'Yahoo News UK: the internet reduces violent crime against sex workers (reporting BtG)',
    url: 'https://uk.news.yahoo.com/internet-reduces-violent-crime-physical-210847674.html',
    kind: 'secondary',
  },
  REASON: {
    title: 'Reason: the internet makes life safer for sex workers (reporting BtG)',
    url: 'https://reason.com/2018/01/25/the-internet-makes-life-for-sex-workers/',
    kind: 'secondary',
  },
  'NUM-PMC': {
    title: 'National Ugly Mugs members and the legal system (2021), PMC',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8409698',
    kind: 'primary',
  },

  // Guides and organisations
  'NUM-HOME': {
    title: 'National Ugly Mugs',
    url: 'https://nationaluglymugs.org/?p=192',
    kind: 'primary',
  },
  'NUM-PRIV': {
    title: 'National Ugly Mugs: privacy',
    url: 'https://nationaluglymugs.org/?p=796',
    kind: 'primary',
  },
  'VIVA-NUM': {
    title: 'Vivastreet: NUM Checker',
    url: 'https://www.vivastreet.co.uk/blog/num-checker/',
    kind: 'primary',
  },
  OASIS: {
    title: 'SWOP Sussex (Oasis Project): indoor and online sex workers, safety, National Ugly Mugs',
    url: 'https://www.oasisproject.org.uk/swop-sussex/indoor-online-sex-workers/safety-national-ugly-mugs/',
    kind: 'primary',
  },
  'SWOSH-BASICS': {
    title: 'SWOSH: online safety, the basics',
    url: 'https://swosh.org.uk/advice/online-privacy-top-tips/online-safety-top-tips/online-safety-the-basics/',
    kind: 'primary',
  },
  'SWOSH-BLACKMAIL': {
    title: 'SWOSH: blackmail and threats of exposure',
    url: 'https://swosh.org.uk/advice/need-help-and-advice/blackmail-and-threats-of-exposure',
    kind: 'primary',
  },
  'RPH-SW': {
    title: 'Revenge Porn Helpline: advice for commercial content creators and sex workers',
    url: 'https://revengepornhelpline.org.uk/how-can-we-help/advice-for-commercial-content-creators-and-sex-workers',
    kind: 'primary',
  },
  'RPH-FAQ': {
    title: 'Revenge Porn Helpline: FAQ',
    url: 'https://revengepornhelpline.org.uk/faq/',
    kind: 'primary',
  },
  'RPH-SURVEY': {
    title: 'Revenge Porn Helpline: sex work online safety advice project',
    url: 'https://revengepornhelpline.org.uk/news/survey-launch-sex-work-online-safety-advice-project/',
    kind: 'primary',
  },
  'STOPNCII-FAQ': {
    title: 'StopNCII: FAQ',
    url: 'https://stopncii.org/faq/',
    kind: 'primary',
  },
  'STOPNCII-CCR': {
    title: 'Cybercrimes Resource: StopNCII',
    url: 'https://cybercrimesresource.org/resource/stopncii',
    kind: 'secondary',
  },
  UMI: {
    title: 'Ugly Mugs Ireland: terms',
    url: 'https://uglymugs.ie/terms/',
    kind: 'primary',
  },
  'SWDIG-FOTOS': {
    title: 'Sekswerk Digitaal: photos',
    url: 'https://swdigitaal.nl/en/fotos/',
    kind: 'primary',
  },
  'SWDIG-OUTING': {
    title: 'Sekswerk Digitaal: intimidation and outing',
    url: 'https://swdigitaal.nl/en/adviseur-digitale-weerbaarheid/jouw-werk/intimidatie/outing/',
    kind: 'primary',
  },
  'SWDIG-PRIV': {
    title: 'Sekswerk Digitaal: what is privacy',
    url: 'https://swdigitaal.nl/en/adviseur-digitale-weerbaarheid/jouw-privacy/wat-is-privacy/',
    kind: 'primary',
  },
  NRC: {
    title: 'NRC: platform warned sex workers 15,000 times about violent clients',
    url: 'https://www.nrc.nl/nieuws/2023/05/03/platform-waarschuwde-sekswerkers-afgelopen-jaar-15-000-keer-voor-gewelddadige-klanten-a4163616',
    kind: 'secondary',
  },
  NHNIEUWS: {
    title: 'NH Nieuws: alert for dangerous clients (Ugly Mugs NL)',
    url: 'https://www.nhnieuws.nl/nieuws/302924/alert-voor-gevaarlijke-klanten-moet-sekswerk-veiliger-maken-het-is-bittere-noodzaak',
    kind: 'secondary',
  },
  VIOLETT: {
    title: 'Violett: working safely online',
    url: 'https://www.violett.be/en/sexworkers/safe-work-practices/working-safely-online/',
    kind: 'primary',
  },
  CARA: {
    title: 'CARA: anonymity and data privacy under the Prostitute Protection Act',
    url: 'https://www.cara.sh/en/law/prostitute-protection-law/anonymity-and-data-privacy/',
    kind: 'primary',
  },
  PROTUKI: {
    title: 'Pro-tukipiste: safety',
    url: 'https://protukipiste.fi/en/good-to-know/safety/',
    kind: 'primary',
  },
  ASPASIE: {
    title: 'Aspasie: fundamental rules of sex work, while at work',
    url: 'https://guide.aspasie.ch/en/chapter/fundamental-rules-of-sex-work/while-at-work/',
    kind: 'primary',
  },
  BIGSISTER: {
    title: 'Big Sister: how do I protect my identity on the internet?',
    url: 'https://bigsister.kayako.com/en-us/article/958-2-3-4-how-do-i-protect-my-identity-on-the-internet',
    kind: 'primary',
  },
  'SWOP-AU': {
    title: 'SWOP NSW: privacy',
    url: 'http://swop.org.au/workplace-safety/privacy',
    kind: 'primary',
  },
  BADDATE: {
    title: 'Bad Date Canada / SWAN Waterloo: safety and privacy guide',
    url: 'https://www.baddatecanada.org/2026/02/28/safety-privacy-guide',
    kind: 'primary',
  },
  'NSWP-SG': {
    title: 'NSWP smart guides: community guide to digital security',
    url: 'http://d8dev.nswp.org/resource/nswp-smart-guides/community-guide-digital-security',
    kind: 'primary',
  },
  'NSWP-ICT': {
    title: "NSWP: smart service provider's guide to ICT and sex work",
    url: 'http://comminit.com/hiv-aids/content/smart-service-providers-guide-ict-and-sex-work',
    kind: 'secondary',
  },
  'HH-ERASED': {
    title: 'Hacking//Hustling: Erased, the impact of FOSTA-SESTA',
    url: 'https://docslib.org/doc/6448726/the-impact-of-fosta-sesta',
    kind: 'primary',
  },
  'HH-VOID': {
    title: 'Hacking//Hustling: Posting into the void',
    url: 'https://docslib.org/doc/3703789/posting-into-the-void',
    kind: 'primary',
  },
  ASSEMBLY4: {
    title: 'Assembly Four: Switter public statement',
    url: 'https://assemblyfour.com/switter-public-statement',
    kind: 'primary',
  },
  USENIX21: {
    title: 'McDonald et al., "It\'s stressful having all these phones", USENIX Security 2021',
    url: 'https://wixlib.com/document/67b95_it-s-stressful-having-all-these-phones-investigating-sex-workers.html',
    kind: 'primary',
  },
  'EFF-DOX': {
    title: 'EFF: doxxing tips to protect yourself online',
    url: 'https://www.eff.org/fa/deeplinks/2020/12/doxxing-tips-protect-yourself-online-how-minimize-harm',
    kind: 'primary',
  },
  'ACLU-DOX': {
    title: 'ACLU of Utah: steps to protect yourself online against doxxing and harassment',
    url: 'https://acluutah.org/en/know-your-rights/steps-protect-yourself-online-against-doxxing-and-harassment',
    kind: 'primary',
  },
  SAFETAG: {
    title: 'SAFETAG: self-doxing exercise',
    url: 'https://github.com/SAFETAG/SAFETAG/blob/HEAD/en/exercises/self_doxing/index.md',
    kind: 'primary',
  },
  ACCESSNOW: {
    title: 'Access Now: Digital Security Helpline FAQ',
    url: 'https://www.accessnow.org/help/helpline-faq/',
    kind: 'primary',
  },
  SEXWORKUS: {
    title: 'sexwork.us: privacy',
    url: 'https://github.com/sexwork/sexwork.us/blob/HEAD/privacy/index.rst',
    kind: 'secondary',
  },

  // Sex-worker blogs, trade press, platform-authored advice
  'TRYST-CONTENT': {
    title: 'Tryst: protecting your content online',
    url: 'https://tryst.link/blog/protecting-your-content-online-a-guide-for-sex-workers/',
    kind: 'primary',
  },
  'TRYST-PHONE': {
    title: 'Tryst: what to do if you lose your phone',
    url: 'https://tryst.link/blog/what-to-do-if-you-lose-your-phone',
    kind: 'primary',
  },
  'TRYST-UPDATE': {
    title: 'Tryst: community update, queues, wait times and other support news',
    url: 'https://tryst.link/blog/community-update-queues-wait-times-and-other-support-news',
    kind: 'primary',
  },
  'REDLIGHT-GEO': {
    title: 'Red Light Legal: how to remove your coordinates from photos',
    url: 'https://redlightlegal.org/how-to-remove-your-coordinates-from-photos/',
    kind: 'secondary',
  },
  'REDLIGHT-FB': {
    title: "Red Light Legal: sex workers' clients are seeing you on Facebook",
    url: 'http://redlightlegal.org/sex-workers-clients-are-seeing-you-on-facebook-heres-how-to-stop-it/',
    kind: 'secondary',
  },
  'GIZMODO-PYMK': {
    title: 'Gizmodo (Kashmir Hill): Facebook risks exposing sex workers (archive)',
    url: 'https://www.ns-fw.com/nsfwarchive/facebook-risks-exposing-sex-workers',
    kind: 'secondary',
  },
  'NEWSTATESMAN-FR': {
    title: 'New Statesman: how facial recognition is being used to target sex workers',
    url: 'https://www.newstatesman.com/science-tech/2019/05/how-facial-recognition-is-being-used-to-target-sex-workers-2',
    kind: 'secondary',
  },
  'JACKVIOLET-FR': {
    title: 'Jack Violet: nowhere to hide, facial recognition and sex work',
    url: 'https://jackviolet.com/2024/10/20/nowhere-to-hide-facial-recognition-and-sex-work',
    kind: 'secondary',
  },
  'JACKVIOLET-AW': {
    title: 'Jack Violet: pushing us offline, escort site censorship',
    url: 'https://jackviolet.com/2025/05/26/pushing-us-offline-escort-site-censorship',
    kind: 'secondary',
  },
  'JACKVIOLET-WHERE': {
    title: 'Jack Violet: where can I talk about sex work online?',
    url: 'https://jackviolet.com/2024/05/25/where-can-i-talk-about-sex-work-online',
    kind: 'secondary',
  },
  'NYCM-FR': {
    title: 'NYC Mistress: avoiding facial recognition',
    url: 'https://nyc-mistress.com/avoiding-facial-recognition/',
    kind: 'secondary',
  },
  'NYCM-SEC': {
    title: 'NYC Mistress: digital security',
    url: 'https://nyc-mistress.com/digital-security/',
    kind: 'secondary',
  },
  'SLIXA-FR': {
    title: 'Slixa: what facial recognition software means for sex workers',
    url: 'https://www.slixa.com/blog/news/what-facial-recognition-software-means-for-sex-workers/',
    kind: 'secondary',
  },
  'SLIXA-DATA': {
    title: 'Slixa: how to protect client data',
    url: 'https://www.slixa.com/blog/advice/how-to-protect-client-data/',
    kind: 'secondary',
  },
  CASHMERE: {
    title: 'Cashmere: working online, protection',
    url: 'https://cashmeremag.com/working-online-protection-636/',
    kind: 'secondary',
  },
  'FSC-META': {
    title: 'Free Speech Coalition / FanCentro: metadata and your privacy',
    url: 'https://www.freespeechcoalition.com/blog/2020/11/30/metadata-and-your-privacy-by-fancentro/',
    kind: 'secondary',
  },
  'XBIZ-CAM': {
    title: 'XBIZ: protecting your privacy as a cam model',
    url: 'https://xbiz.com/features/246774/protecting-your-privacy-as-a-cam-model',
    kind: 'secondary',
  },
  'YNOT-BERRIE': {
    title: 'YNOT Cam: Christy Berrie, be open, stay private',
    url: 'http://ynotcam.com/2016/08/17/christy-berrie-be-open-stay-private',
    kind: 'secondary',
  },
  'YNOT-PAY': {
    title: 'YNOT Cam: the risks of taking off-site payments',
    url: 'https://ynotcam.com/2019/06/17/the-risks-of-taking-off-site-payments',
    kind: 'secondary',
  },
  GRANDMODELS: {
    title: 'Grand Models: online safety',
    url: 'https://grandmodels.online/en/info/onlayn_bezopasnost',
    kind: 'secondary',
  },
  SCAMSTUDIOS: {
    title: 'Scam Studios: safety',
    url: 'http://scamstudios.com/safety.html',
    kind: 'secondary',
  },
  MJEDGE: {
    title: 'Cam-platform training: online safety tips',
    url: 'http://c74bb7a4eb.mjedge.net/training/getting-started/online-safety-tips',
    kind: 'secondary',
  },
  CARLASEZ: {
    title: 'Carla Sez: privacy counts',
    url: 'https://carlasez.com/584/privacy-counts/',
    kind: 'secondary',
  },
  SIENNA: {
    title: 'Ms Sienna Charles: they stole my advertisement',
    url: 'https://www.mssiennacharles.com/blog/they-stole-my-advertisement',
    kind: 'secondary',
  },
  'SWS-GDPR': {
    title: "Sex Workers' Ear: GDPR",
    url: 'https://sexworkersear.ch/tag/gdpr',
    kind: 'secondary',
  },
  'SWS-PRIV': {
    title: "Sex Workers' Ear: privacy",
    url: 'https://sexworkersear.ch/tag/privacy',
    kind: 'secondary',
  },
  'SWS-SOLIDARITY': {
    title: 'Sex Work Solidarity',
    url: 'https://telegra.ph/Sex-Work-Solidarity-04-23',
    kind: 'secondary',
  },
  STRIPPED: {
    title: 'The Stripped Project: legal and digital resources',
    url: 'https://www.thestrippedproject.org/legal-digital-resources',
    kind: 'secondary',
  },
  TEXASGG: {
    title: 'Texas Golden Girl',
    url: 'https://texasgoldengirl.com',
    kind: 'secondary',
  },
  NAKEDPOST: {
    title: 'Naked Post: how to screen escort clients',
    url: 'https://nakedpost.ca/how-to-screen-escort-clients/',
    kind: 'secondary',
  },
  GIRLONTHENET: {
    title: 'Girl on the Net: online privacy',
    url: 'https://www.girlonthenet.com/blog/online-privacy/',
    kind: 'secondary',
  },
  KINKEDPRESS: {
    title: 'Kinked Press: if you must visit sex websites, here are 7 tips',
    url: 'https://kinkedpress.com/if-you-must-visit-sex-websites-here-are-7-tips/',
    kind: 'secondary',
  },
  MANGAL: {
    title: 'Sex-worker online-safety tip list (mirror; corroboration only)',
    url: 'https://mangalworld.com/?p=3299',
    kind: 'secondary',
  },
  THEHOTLINE: {
    title: 'The Hotline: tactics of abuse that may affect sex workers',
    url: 'https://www.thehotline.org/resources/tactics-of-abuse-that-may-affect-sex-workers/',
    kind: 'secondary',
  },
  ROLLINGSTONE: {
    title: 'Rolling Stone: Reddit, sex workers and NSFW content',
    url: 'https://www.rollingstone.com/culture/culture-news/reddit-sex-workers-nsfw-content-1397079/',
    kind: 'secondary',
  },
  'FOSTA-ADAPT': {
    title: 'FOSTA-SESTA: adapting to a new internet (2018)',
    url: 'https://docslib.org/doc/3089049/fosta-sesta-adapting-to-a-new-internet-2018',
    kind: 'secondary',
  },
  MEL: {
    title: 'MEL Magazine: MegaPersonals and Tryst',
    url: 'https://melmagazine.com/en-us/story/megapersonals-tryst-link',
    kind: 'secondary',
  },
  IGSMEK: {
    title: 'EXIF metadata inside a graphic file (reworded digital-safety guide; weak)',
    url: 'http://igsmekanik.com/wp/2022/01/10/exif-metadata-schedules-inside-a-graphic-file-and',
    kind: 'secondary',
  },

  // Platform help pages
  'OF-BLOG': {
    title: 'OnlyFans: staying safe and happy on OnlyFans',
    url: 'https://blog.onlyfans.com/staying-safe-and-happy-on-onlyfans/',
    kind: 'primary',
  },
  'OF-GUIDE': {
    title: 'OnlyFans privacy guide (third-party, unofficial)',
    url: 'https://ste-23k.pages.dev/onlyfans-privacy-guide/',
    kind: 'secondary',
  },
  'FANSLY-PRIV': {
    title: 'Fansly: privacy settings',
    url: 'https://help.fansly.com/en/articles/12874510-privacy-settings',
    kind: 'primary',
  },
  'FANSLY-SEC': {
    title: 'Fansly: security FAQ',
    url: 'https://help.fansly.com/hc/en-us/articles/28856823886483-Security-FAQ',
    kind: 'primary',
  },
  'CB-PRIV': {
    title: 'Chaturbate: rules and privacy',
    url: 'https://support.chaturbate.com/hc/en-us/articles/360048402292-Rules-and-Privacy',
    kind: 'primary',
  },
  CHERRY: {
    title: 'Cherry.tv: manage geo-location',
    url: 'https://support.cherry.tv/en/articles/8516387-manage-geo-location',
    kind: 'primary',
  },
  MYM: {
    title: 'MYM: manage the visibility of my profile',
    url: 'https://support.mym.fans/hc/en-us/articles/360013758780-Manage-the-visibility-of-my-profile',
    kind: 'primary',
  },
  IWC: {
    title: 'iWantClips: blocking customers, geo-blocking',
    url: 'https://iwantempire.freshdesk.com/support/solutions/articles/44001685576-blocking-customers-geo-blocking',
    kind: 'primary',
  },
  'FANVUE-REPORT': {
    title: 'Fanvue: how do I report an account or post?',
    url: 'https://help.fanvue.com/en/articles/7860490-how-do-i-report-an-account-or-post',
    kind: 'primary',
  },
  'FANVUE-COMPLY': {
    title: 'Fanvue: how to stay compliant',
    url: 'https://help.fanvue.com/en/articles/12179988-how-to-stay-compliant-on-fanvue',
    kind: 'primary',
  },
  'FANVUE-MOD': {
    title: 'Fanvue: content moderation and protection policy',
    url: 'https://fanvue.notion.site/Content-moderation-protection-policy-5fbc6f54d53d48bc8e7fe0da95d58855',
    kind: 'primary',
  },
  'AW-PHISH': {
    title: 'AdultWork: how to avoid being a victim of phishing attacks',
    url: 'https://help.adultwork.com/hc/en-us/articles/4410426650385--How-to-avoid-being-a-victim-of-phishing-attacks',
    kind: 'primary',
  },
  'AW-BLACKLIST': {
    title: 'AdultWork: complaining about the content of a profile',
    url: 'https://help.adultwork.com/hc/en-us/articles/4410029675281-I-wish-to-complain-about-the-content-of-a-profile',
    kind: 'primary',
  },
  'VIVA-ESC': {
    title: 'Vivastreet: adult 18+ services, escort only',
    url: 'http://help.vivastreet.co.uk/en/articles/317395-adult-18-services-escort-only',
    kind: 'primary',
  },
  'VIVA-NONESC': {
    title: 'Vivastreet: adult 18+ services, non-escort adult personals',
    url: 'http://help.vivastreet.co.uk/en/articles/363340-adult-18-services-non-escort-adult-personals',
    kind: 'primary',
  },
  'TRYST-PHOTO': {
    title: 'Tryst: photo guidelines',
    url: 'https://help.tryst.link/en-gb/24-photos/93-tryst-s-photo-guidelines',
    kind: 'primary',
  },
  'TRYST-HIDE': {
    title: 'Tryst: what happens if I stop using my account',
    url: 'https://help.tryst.link/en-gb/23-profile/174-what-happens-if-i-stop-using-my-account',
    kind: 'primary',
  },
  TRYSTR: {
    title: 'Trystr: safety',
    url: 'https://www.trystr.co.uk/safety',
    kind: 'primary',
  },
  THRONE: {
    title: 'Throne: what if my address is wrong?',
    url: 'https://help.throne.com/en/articles/7258754-what-if-my-address-is-wrong-will-i-still-get-my-gifts',
    kind: 'primary',
  },

  // Payments, apps, metadata, text linkage
  'BI-WISH': {
    title: 'Business Insider: Amazon wish lists are not private',
    url: 'https://www.businessinsider.com/amazon-wish-lists-not-private-nyc-council-member-question-2018-12',
    kind: 'secondary',
  },
  VENMO: {
    title: 'Venmo transactions are public by default (news report)',
    url: 'https://exbulletin.com/tech/977715/',
    kind: 'secondary',
  },
  SIFTED: {
    title: 'Sifted: sex work and payment fintech',
    url: 'https://sifted.eu/articles/sex-work-payment-fintech/',
    kind: 'secondary',
  },
  'TIKTOK-MUO': {
    title: 'MakeUseOf: why TikTok suggests your account, and how to stop it',
    url: 'http://www.makeuseof.com/tiktok-suggests-account-how-to-stop/',
    kind: 'secondary',
  },
  'WIRED-TIKTOK': {
    title: 'WIRED: the sneaky way TikTok connects you to real-life friends (republication)',
    url: 'https://www.extension13.com/2021/11/12/the-sneaky-way-tiktok-is-connecting-you-to-real-life-friends/',
    kind: 'secondary',
  },
  'WA-PRIV': {
    title: 'WhatsApp profile photo and About visibility (guide)',
    url: 'https://ticker.tv/news/how-do-users-navigate-privacy-concerns-with-whatsapps-profile-photo-and-information-settings/135525/',
    kind: 'secondary',
  },
  TRUECALLER: {
    title: 'Unlisting yourself from Truecaller (guide)',
    url: 'http://www.juggaar.com/2016/04/privacy-unlist-yourself-from-truecaller.html',
    kind: 'secondary',
  },
  'TNW-TRUECALLER': {
    title: "The Next Web: Truecaller privacy flaw leaks friends' numbers",
    url: 'https://thenextweb.com/news/truecaller-disturbing-privacy-flaw-leaks-friends-numbers',
    kind: 'secondary',
  },
  TSCAM: {
    title: 'Timestamp Camera: which social media platforms strip EXIF data',
    url: 'https://timestampcamera.net/photo-guides/which-social-media-platforms-strip-exif-data',
    kind: 'vendor',
  },
  PURGIT: {
    title: 'Purgit: image metadata on social media',
    url: 'https://purgit.io/blog/image-metadata-social-media',
    kind: 'vendor',
  },
  ZAP: {
    title: 'ZAP: image exposes location or privacy data (alert 10103)',
    url: 'https://zaproxy.org/docs/alerts/10103',
    kind: 'primary',
  },
  EXIFREE: {
    title: 'exifree',
    url: 'https://github.com/atas2390/exifree',
    kind: 'secondary',
  },
  PERITO: {
    title: 'Perito et al., "How Unique and Traceable are Usernames?" (arXiv:1101.5578)',
    url: 'https://tomesphere.com/paper/1101.5578',
    kind: 'primary',
  },
  NARAYANAN: {
    title: 'Narayanan et al., "On the Feasibility of Internet-Scale Author Identification" (2012)',
    url: 'https://docslib.org/doc/2416021/on-the-feasibility-of-internet-scale-author-identi-cation',
    kind: 'primary',
  },
  'LU-POLICE': {
    title: 'Police Grand-Ducale (Luxembourg): sextortion',
    url: 'https://police.public.lu/en/aide-aux-victimes/sextorsion.html',
    kind: 'primary',
  },

  // Law (England & Wales)
  'COP-IIA': {
    title: 'College of Policing: sharing photographs of people in an intimate state',
    url: 'https://production.copweb.aws.college.police.uk/guidance/sharing-photographs-of-people-intimate-state',
    kind: 'primary',
  },
  MISHCON: {
    title: 'Mishcon de Reya: Online Safety Act reforms on intimate image abuse come into force',
    url: 'https://www.mishcon.com/news/online-safety-act-reforms-tackling-intimate-image-abuse-and-revenge-porn-come-into-force',
    kind: 'secondary',
  },
  BRETTWILSON: {
    title: 'Brett Wilson: the Online Safety Act 2023, nine new criminal offences',
    url: 'https://www.brettwilson.co.uk/blog/the-online-safety-act-2023-nine-new-criminal-offences-come-into-force/',
    kind: 'secondary',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
