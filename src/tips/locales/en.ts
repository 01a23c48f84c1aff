/**
 * English: the reference text. Written in Veil's own words from the facts in
 * SAFETY-TOPICS.md; never paste a sentence from a source. Second person, plain, warm, no
 * judgement; at most 60 words a body (aim for 50 so translations fit too).
 */
import type { LocaleText } from './types.ts';

export const EN = {
  categories: {
    'photos-media': 'Photos and videos',
    'profile-text': 'Profile and ad text',
    'separating-identities': 'Keeping work and personal life apart',
    'payments-gifts-post': 'Payments, gifts and post',
    'platform-settings': 'Site settings',
    'accounts-devices': 'Accounts and devices',
    'harassment-blackmail-outing': 'Harassment, blackmail and outing',
    'support-uk': 'Reporting and support in the UK',
    'support-elsewhere': 'Support in other countries',
  },
  tips: {
    // A. Photos and media
    'photo-veil-cleans-file-not-picture': {
      title: 'Veil cleans the file, not the picture',
      body: 'Veil removes hidden data such as location, dates and camera details. It cannot change what the picture shows: your face, tattoos, the room behind you, reflections, or the view from a window. Take a few seconds to look over the whole frame before you post.',
    },
    'photo-location-data': {
      title: 'Photos can carry your location',
      body: 'Phone cameras can store GPS coordinates, the time and the phone model inside every photo and video. In one informal check of ten photos from sex workers’ own websites, eight still held location data. Veil strips it on protected sites; switching off location in your camera app stops it at the source.',
    },
    'photo-sites-keep-originals': {
      title: 'Don’t rely on the site to clean your files',
      body: 'Some platforms remove hidden data and some keep it, and this changes over time. Photos sent as files on WhatsApp or Telegram usually arrive untouched, and some big platforms read your location before hiding it. These are vendor tests, not promises, so clean files yourself, especially for chats and DMs.',
    },
    'photo-device-details': {
      title: 'Your camera leaves a signature',
      body: 'Besides location, a file can record your phone model, a camera serial number, exact times and the original file name. Together they can show that photos on different accounts came from one phone. Veil removes these from the files it cleans; for anything you send another way, use Veil’s cleaner page first.',
    },
    'photo-heic-and-screenshots': {
      title: 'HEIC photos and the screenshot trick',
      body: 'iPhone HEIC photos, and WebP and PNG files too, can hold hidden data. Screenshots drop it, but some directories refuse screenshots, and Tryst doesn’t accept HEIC at all. Exporting the photo as a JPEG or PNG and cleaning that avoids both problems.',
    },
    'photo-tryst-rules': {
      title: 'Tryst’s photo rules',
      body: 'Tryst turns down HEIC files, screenshots, collages, and photos showing text, contact details or a readable number plate. It adds its own watermark, and allows small stickers over your face or tattoos. Veil cleans files without converting them, so export HEIC photos as JPEG before uploading here.',
    },
    'photo-face-search': {
      title: 'Faces can be searched',
      body: 'Face-search services can match a work photo to your personal social media or to leaked content. One UK worker believes this is how police learned her legal name. Showing your face is your choice; cropping, blurring or a mask are there if you’d rather not.',
    },
    'photo-copies-outlive-accounts': {
      title: 'Copies can outlast your account',
      body: 'Deleting a photo, or a whole account, doesn’t remove copies other people have already saved or scraped. Once something is shared, you can’t control where it goes next. Before posting, it can help to ask whether you’d be comfortable with this picture still being around years from now.',
    },
    'photo-tattoos-and-marks': {
      title: 'Tattoos, scars and birthmarks',
      body: 'A distinctive tattoo, scar or birthmark can identify you as surely as your face, and Veil can’t hide it. Covering it, blurring it or cropping it out are the usual options. Some sites, such as Tryst, allow small stickers for this.',
    },
    'photo-reflections': {
      title: 'Check mirrors, glasses and screens',
      body: 'Mirrors, sunglasses, eyes, screens and shiny surfaces can reflect you, your room or the view outside. A stalker once found a Japanese pop idol’s home from the scenery reflected in her eyes. Zoom in on anything reflective before you post.',
    },
    'photo-views-and-landmarks': {
      title: 'Windows, views and landmarks',
      body: 'A skyline, a distinctive building, a shop sign or the street outside can narrow down where you live or work. Shoot facing away from windows, or blur what’s outside. Veil doesn’t change anything you can see in the picture.',
    },
    'video-watch-it-through': {
      title: 'Watch your video through once',
      body: 'A video shows far more than a photo: every corner of the room, the view as the camera moves, reflections that flash past. Veil removes hidden data from the file, not anything on screen. Watch it through once before uploading, looking only at the background.',
    },
    'photo-writing-in-frame': {
      title: 'Anything with writing on it',
      body: 'Parcels, letters, bills, name badges and notes in the background can show a name or address. So can a number or handle written on the picture itself; Tryst rejects photos with text or contact details. Clear the frame, or blur them.',
    },
    'photo-number-plates': {
      title: 'Cars and number plates',
      body: 'A readable number plate can be traced to its owner, and plates are one of the things people run through checks. Keep cars out of shot or blur the plate. Tryst rejects photos where a plate can be read.',
    },
    'photo-family-and-belongings': {
      title: 'Keep family and personal things out',
      body: 'Leave family members, children, pets and recognisable belongings out of work photos and videos. A framed photo, a favourite mug or a pet that also appears on your personal accounts can link the two.',
    },
    'photo-uniforms-and-logos': {
      title: 'Uniforms, logos and workplace clues',
      body: 'A work uniform, lanyard or company logo can lead someone to your day job. One cam performer was traced to the exact branch of the shop where she worked. Visible brand logos can also cause trouble with the brand itself.',
    },
    'photo-fresh-for-work': {
      title: 'Take fresh photos for work',
      body: 'Pictures already on your personal social media, or taken in places people know you from, can be reverse-searched back to your legal name. Take new photos for work instead of reusing personal ones.',
    },
    'photo-reverse-search-yourself': {
      title: 'Reverse-search your own photos',
      body: 'Every so often, run your work photos through a reverse image search. It turns up reposts, scraper sites and anyone pretending to be you. The Revenge Porn Helpline’s advice for sex workers explains how.',
    },
    'photo-watermark-trade-off': {
      title: 'Watermarks cut both ways',
      body: 'A small watermark with your work name puts people off stealing your content. OnlyFans adds one by default and Tryst adds its own. But a watermark also ties all your images together, so use your work name only, never anything personal.',
    },

    // B. Profile and ad text
    'text-legal-name': {
      title: 'Keep your legal name out',
      body: 'Use your work name for everything work-related, clients included, and keep your legal first name and surname out of profiles, ads and chats. Veil warns about words on your never-reveal list, but only the ones you have added.',
    },
    'text-veil-check-limits': {
      title: 'Veil’s text check can miss things',
      body: 'Veil looks for phone numbers, emails, handles, addresses and the words on your never-reveal list. It can’t know every nickname, local spot or in-joke that points to you, so read your text once more as a stranger would.',
    },
    'text-work-number': {
      title: 'Use a work number, not your own',
      body: 'Clients and screeners search phone numbers online, so a personal number can lead straight to you. A separate pay-as-you-go SIM or an internet (VoIP) number keeps the two apart. On sites with built-in messaging, you can keep contact there until you’ve screened someone.',
    },
    'text-work-email': {
      title: 'A work-only email address',
      body: 'A personal or day-job email address can tie your profile to you, because it may show your name or be searchable. Use an address kept just for bookings and platforms.',
    },
    'text-home-address': {
      title: 'Keep your address to yourself',
      body: 'Never publish your home address or full postcode. For in-calls, give the street, area or a landmark first, and the exact address only once the client is outside. For post, a PO box is worth considering.',
    },
    'text-wider-area': {
      title: 'Name a wider area',
      body: 'A small town, an estate, the pub round the corner or your nearest station can pinpoint where you are. Naming the wider city or region is safer.',
    },
    'text-workplace': {
      title: 'Leave out where you work or study',
      body: 'One cam performer mentioned her city and the chain store she worked for, and was traced to the exact branch. Keep employers, colleges, universities and gyms out of work profiles and chats.',
    },
    'text-car-details': {
      title: 'Car details point to you',
      body: 'The make, model and colour of your car, and above all its number plate, can identify you. Plates can be looked up through registration checks, so keep them out of ads and messages.',
    },
    'text-family-and-pets': {
      title: 'Family and pet names',
      body: 'The names of your partner, children or pets in a profile or username point back to your real life, and they are common answers to account-recovery questions too. Keep them out of work profiles and content.',
    },
    'text-marks-in-words': {
      title: 'Describing tattoos or scars',
      body: 'Writing about a tattoo, scar or birthmark in detail can identify you just as a photo would. Leave the description out, or keep it vague.',
    },
    'text-details-add-up': {
      title: 'Small details add up',
      body: 'A first name plus an unusual hobby, club or team can be enough to find someone. Each detail looks harmless alone; together they narrow things down quickly. Keep work-profile details general.',
    },
    'text-date-of-birth': {
      title: 'Share an age, not a birthday',
      body: 'Your full date of birth is on your ID and is often used to recover accounts, so it helps tie a work profile to the real you. An age, or an age range, is all a profile needs.',
    },
    'text-fresh-ad-copy': {
      title: 'Write fresh copy for work',
      body: 'Scraper directories copy ads, other people lift text word for word, and an exact-phrase search finds every copy, including any on a personal blog. Write your work bio from scratch rather than reusing text from elsewhere.',
    },
    'text-new-handles': {
      title: 'A new handle for work',
      body: 'Research shows usernames alone can link a large share of profiles across sites, because people reuse a few variations. Choose work handles that have nothing in common with your personal ones; Chaturbate and AdultWork give the same advice.',
    },
    'text-writing-style': {
      title: 'Your writing style can be recognised',
      body: 'Software can match anonymous text to its author: in one 2012 study it picked the right writer out of 100,000 about one time in five on its first guess. Favourite phrases you also use under your real name are a link too.',
    },
    'text-links-in-bio': {
      title: 'Check where your links lead',
      body: 'Personal sites, link pages, wishlists and payment links can each show a legal name or home town at the other end. Open every link in a private window, as a stranger would, before putting it in a bio.',
    },
    'text-site-wording-rules': {
      title: 'Follow the site’s wording rules',
      body: 'Some UK sites require coded terms for services and ban explicit wording, and the rules tightened under the Online Safety Act. An ad that breaks them can be hidden or removed, so check the site’s current rules before posting.',
    },

    // C. Separating identities
    'identity-one-work-name': {
      title: 'One work name, used everywhere',
      body: 'Using the same work name on all your work accounts keeps your two lives simple and separate. Some people also keep a cover story ready for anyone who doesn’t know about their work, so a question never catches them off guard.',
    },
    'identity-work-phone': {
      title: 'A separate phone or SIM',
      body: 'A work phone, or at least a work SIM, kept apart from your personal one is among the most common safety habits. Juggling phones is a real hassle, so pick a set-up you can keep up.',
    },
    'identity-work-email': {
      title: 'A separate email for work',
      body: 'Set up an email address used only for bookings and platform accounts, and sign up for it with work details only. Then no receipt, reset link or client message lands in your personal inbox.',
    },
    'identity-contact-syncing': {
      title: 'Say no to contact syncing',
      body: 'Facebook once suggested a worker’s clients to her personal profile even though she used different names, numbers and emails. TikTok matches phone contacts and people who opened links you sent. Don’t give work apps your contacts, and don’t log into personal social apps on a work phone.',
    },
    'identity-separate-browser': {
      title: 'A separate browser for work',
      body: 'Use one browser, or at least one browser profile, just for your work identity. Stay signed out of personal accounts there, clear cookies now and then, and opt out of ad tracking, so the two sides leave fewer links.',
    },
    'identity-messaging-app-profile': {
      title: 'Check your messaging-app profile',
      body: 'By default, WhatsApp shows your profile photo and About text to anyone who has your number. On a work phone, limit them to your contacts or to nobody, and don’t use a personal photo.',
    },
    'identity-caller-id-apps': {
      title: 'Caller-ID apps share names',
      body: 'Apps like Truecaller upload their users’ address books, so the name someone saved your number under can be shown to strangers. Don’t give your work number to people who know your legal name, so it never gets saved under it.',
    },
    'identity-search-yourself': {
      title: 'Search for yourself now and then',
      body: 'Every few months, search your legal name, work name, numbers, emails and handles. Note what you find and where. Use Google’s removal request and data-broker opt-outs, and switch off photo tagging on each platform.',
    },
    'identity-location-and-vpn': {
      title: 'Location off, VPN on',
      body: 'Turn location services off when you post. Some clients try to find a worker’s IP address, which can give away a rough location; a VPN helps, especially on cam sites and public Wi-Fi.',
    },

    // D. Payments, gifts and post
    'payments-apps-show-legal-name': {
      title: 'Payment apps can show your legal name',
      body: 'PayPal and similar apps are tied to your legal identity and can show your name to whoever pays you. Venmo also makes payments public unless you change the setting. Check what a payer sees before you share a handle.',
    },
    'payments-off-platform-risks': {
      title: 'The risks of off-site payments',
      body: 'Most mainstream payment apps ban adult work. Accounts can be frozen or closed, and a chargeback can take money back after the booking or show. Being paid through the platform avoids most of this.',
    },
    'payments-bank-transfers': {
      title: 'Bank transfers show names both ways',
      body: 'A bank transfer can show your name to the person paying, and theirs to you. Some workers use a business account under a trading name, so a deposit doesn’t reveal their legal name.',
    },
    'payments-wishlists-and-post': {
      title: 'Wishlists and gifts can give you away',
      body: 'Amazon wishlists are public and searchable by name or email by default, and a badly set-up one can show your full name and city. Third-party sellers may pass your address on. A PO box helps for gifts and post, but check each service: Throne doesn’t cover losses involving PO boxes.',
    },
    'payments-who-holds-your-id': {
      title: 'Ask who keeps your ID',
      body: 'ID numbers belong only in a site’s verification step, never in a profile or chat. Before verifying, it’s fair to ask: can I cover parts of my ID, how are the ID and selfie stored, are they deleted after the check, and how are legal requests handled?',
    },

    // E. Platform settings
    'settings-geo-block-home': {
      title: 'Block your home area',
      body: 'Many sites let you block viewers by location: Fansly by country, region or city, OnlyFans and MYM by country, iWantClips even by ZIP code. Blocking where you live makes it less likely that people you know see you. It isn’t airtight: VPNs and travel get round it.',
    },
    'settings-geo-block-limits': {
      title: 'Geo-blocking only goes so far',
      body: 'People travel and use VPNs. A third-party guide says OnlyFans geo-blocking doesn’t stop search engines from listing your page, and leak and scraper sites ignore your settings altogether. Use it alongside your other habits, not instead of them.',
    },
    'settings-fansly-privacy': {
      title: 'Fansly’s privacy options',
      body: 'Besides location blocking, Fansly offers a followers-only timeline and can hide the tips you receive. Blocked viewers get an error or a blank page, and you drop out of their search and feed. VPNs and travel can still get round it.',
    },
    'settings-watermarks-and-copyright': {
      title: 'Watermarks, takedowns and copyright',
      body: 'OnlyFans watermarks content by default and takes piracy reports by email. In the UK, a photographer may own the copyright in photos of you unless they sign it over in writing, which matters before you send takedown notices.',
    },
    'settings-old-profiles': {
      title: 'Tidy away old ads and profiles',
      body: 'Old and copied ads hang around long after you stop using them. Hide or delete profiles you no longer need and ask for copies to be taken down. Tryst hides a profile after 90 days without activity, and you can change that.',
    },
    'settings-block-and-report-tools': {
      title: 'Use the block and report tools',
      body: 'Fansly and Fanvue let you block users, and AdultWork’s blacklist hides a profile from your searches. Reports with screenshots carry more weight; Fanvue says it reviews reports within 24 hours.',
    },
    'settings-uk-rule-changes': {
      title: 'UK rule changes can hide content',
      body: 'Since the Online Safety Act, AdultWork keeps free images and text safe for work and age-restricts main profiles, and Vivastreet bans nudity and explicit text in its non-escort adult sections. Content that doesn’t fit may be hidden or removed.',
    },
    'settings-more-than-one-channel': {
      title: 'Don’t depend on one platform',
      body: 'Shadowbans and sudden suspensions on X and Reddit can cut you off from income and regulars overnight. Keep backups of your content and more than one way for people to find you.',
    },
    'settings-streams-can-be-recorded': {
      title: 'Live shows can be recorded',
      body: 'Anyone watching can capture a stream. Your controls are room moderation, country blocks and an on-screen watermark, which OBS can add. Everything in the room is on camera too, from the window to the post on the table.',
    },
    'settings-ask-about-data': {
      title: 'Ask how a site handles your data',
      body: 'Directories differ. Tryst says it keeps as little data as possible and checks IDs with its own staff; other sites pass IDs to outside companies. Find out before you sign up, and share only what you’re comfortable with.',
    },

    // F. Accounts and devices
    'accounts-unique-passwords': {
      title: 'A different password for every site',
      body: 'If one site leaks, or its owner turns out to be dishonest, a reused password opens your other accounts too. A password manager, or a list kept safely offline, makes unique passwords easy to manage.',
    },
    'accounts-two-step-login': {
      title: 'Turn on two-step login',
      body: 'Two-step login with an authenticator app stops most account takeovers. Keep the backup codes somewhere safe away from your phone, so losing it doesn’t lock you out.',
    },
    'accounts-phishing': {
      title: 'Spot fake support messages',
      body: 'Real platforms don’t ask for your password by text message or outside their own site. Check the exact web address before you log in. Scammers have posed as site staff on Skype and similar apps.',
    },
    'accounts-lost-phone': {
      title: 'Be ready to lose your phone',
      body: 'Set a screen lock, turn on Find My (iPhone) or Find Hub (Android), keep backups and write down your recovery codes. If your work phone goes missing, you can lock it and get back into your accounts.',
    },
    'accounts-shared-devices': {
      title: 'Shared devices and partners',
      body: 'Shared phones, laptops and passwords make it hard to keep work private. Some abusive partners threaten to report sex workers to the police. If that’s happening to you, it isn’t your fault, and support services can help.',
    },
    'accounts-delete-screening-notes': {
      title: 'Delete screening notes afterwards',
      body: 'Once a booking is over, deleting the screening details you no longer need protects your clients and you, if a phone or laptop is ever lost, hacked or taken.',
    },

    // G. Harassment, blackmail and outing
    'threat-save-evidence-first': {
      title: 'First, pause and save evidence',
      body: 'If someone threatens or harasses you, you don’t have to answer straight away. Before blocking or deleting anything, save screenshots of messages, profiles, usernames, links, dates and times. Screen-record stories before they disappear.',
    },
    'threat-do-not-pay': {
      title: 'Don’t pay, don’t send more',
      body: 'If someone wants money or more content to stay quiet, paying or sending usually brings more demands, not fewer. Stop negotiating, keep the evidence and reach out for support.',
    },
    'threat-block-and-report': {
      title: 'Then block and report',
      body: 'Once the evidence is saved, block the person on every channel they use and report their accounts to each platform. You don’t owe them a reply.',
    },
    'threat-outing-is-common': {
      title: 'Outing threats are common, and not your fault',
      body: 'Ex-partners, clients and even employers use threats of exposure. In the Dutch Ugly Mugs scheme, about half of reports involved abuse or intimidation, and 31% of dangerous clients blackmailed workers over their sex-work identity. You are not alone, and help exists.',
    },
    'threat-after-a-doxx': {
      title: 'If you’ve been doxxed',
      body: 'Ask sites to take the posts down, lock down your accounts and tell people you trust. Ask friends not to reply to or quote the post: that spreads it further.',
    },
    'threat-intimate-images-stopncii': {
      title: 'If intimate images leak or are threatened',
      body: 'Report them to the platform and send removal or copyright requests. StopNCII creates a fingerprint (hash) of your images on your own device; only that hash is shared with partners such as OnlyFans, Facebook and Instagram. Under 18? Use Take It Down from NCMEC.',
    },

    // H. Reporting and support: UK
    'uk-national-ugly-mugs': {
      title: 'National Ugly Mugs (UK)',
      body: 'NUM is a free, confidential UK charity for sex workers. You can join with a working name, report incidents online, by app or by phone, and get alerts about dangerous people. It only passes reports to the police if you agree, and can pass information on anonymously.',
    },
    'uk-num-checker': {
      title: 'Check a client with NUM Checker',
      body: 'NUM’s checker lets members look up a client’s phone number, email or username against reports from other workers. It’s also available through a Vivastreet account. In the Beyond the Gaze research, 85% of workers screened clients online.',
    },
    'uk-revenge-porn-helpline': {
      title: 'Revenge Porn Helpline (UK)',
      body: 'A UK helpline for adults whose intimate images have been shared or threatened, with advice written for content creators and sex workers. It helps with removals and blackmail and runs StopNCII. Call 0345 6000 459, weekdays 10:00–16:00 (check current hours on its website).',
    },
    'uk-police-options': {
      title: 'Going to the police, or not',
      body: 'In the UK you can call 101 or report online for non-emergencies, or report anonymously through National Ugly Mugs. Many workers choose not to involve the police, and that’s your decision. In an emergency, call 999.',
    },
    'uk-harassment-law': {
      title: 'Two incidents can count as harassment',
      body: 'In England and Wales, harassment can mean two or more distressing incidents, even of different kinds and months apart (Protection from Harassment Act 1997). Keep a dated record of each one.',
    },
    'uk-intimate-image-law': {
      title: 'Sharing or threatening to share images is a crime',
      body: 'In England and Wales, sharing intimate images without consent, or threatening to, has been an offence since 31 January 2024, and deepfakes count. The Revenge Porn Helpline notes that images already sold commercially have been a grey area, so ask for up-to-date advice.',
    },
    'uk-local-projects': {
      title: 'Local support projects',
      body: 'UK projects such as SWOP Sussex (Oasis Project), Basis and SWOSH help with safety planning, advocacy and making a report. It’s worth finding the project nearest you before you need it.',
    },
    'uk-working-together-law': {
      title: 'Working together and the law',
      body: 'Working alongside someone else is safer, but in the UK it can legally turn the premises into a brothel. Get advice from the charity Release before setting it up.',
    },

    // I. Routes elsewhere
    'intl-ireland': {
      title: 'Ireland: Ugly Mugs Ireland',
      body: 'Ugly Mugs Ireland only needs a working name and work contact details to join. Reports are for sex workers only; information about offenders may go to the police or support groups, and member data is anonymised for research.',
    },
    'intl-netherlands': {
      title: 'Netherlands: Ugly Mugs NL and swdigitaal.nl',
      body: 'Ugly Mugs NL, run by SOA Aids Nederland since April 2022, sent over 15,000 warnings in its first year. For digital safety, swdigitaal.nl has a detailed guide in Dutch and English.',
    },
    'intl-germany': {
      title: 'Germany: registering under an alias',
      body: 'Under the Prostitute Protection Act, your registration certificate can be issued in an alias. Keep a separate work phone and email, and bear in mind that clients may record webcam shows.',
    },
    'intl-belgium-switzerland-finland': {
      title: 'Belgium, Switzerland and Finland',
      body: 'Violett (Belgium) suggests searching for yourself and using Google’s removal form. Aspasie (Switzerland) suggests telling an emergency contact where you’re going and sharing a bad-client list. Pro-tukipiste (Finland) suggests a prepaid SIM and no papers or door codes in view.',
    },
    'intl-australia': {
      title: 'Australia: SWOP NSW',
      body: 'SWOP NSW suggests thinking before you share personal details, because you can’t control where they go next, and having a cover story ready. Switter, a sex-worker social network, closed in March 2022: platforms can vanish.',
    },
    'intl-canada': {
      title: 'Canada: Bad Date Canada',
      body: 'The safety and privacy guide from Bad Date Canada and SWAN Waterloo covers screening, VoIP numbers, photo metadata, watermarks, two-step login, VPNs and community bad-date lists.',
    },
    'intl-us-and-worldwide': {
      title: 'United States and worldwide',
      body: 'Since FOSTA-SESTA in 2018, many ad sites have moved abroad and screening has become harder. NSWP’s smart guides cover digital security worldwide. Access Now’s helpline supports activists and human-rights defenders after vetting, which may include sex-worker organisers.',
    },
  },
} as const satisfies LocaleText;
