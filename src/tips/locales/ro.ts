/**
 * Romanian: informal "tu", as in outreach material, with the comma-below letters ș and ț.
 * Organisation names stay as they are; UK-only routes say they are UK services.
 */
import type { LocaleText } from './types.ts';

export const RO = {
  categories: {
    'photos-media': 'Poze și clipuri video',
    'profile-text': 'Textul profilului și al anunțurilor',
    'separating-identities': 'Munca separată de viața personală',
    'payments-gifts-post': 'Plăți, cadouri și corespondență',
    'platform-settings': 'Setările site-urilor',
    'accounts-devices': 'Conturi și dispozitive',
    'harassment-blackmail-outing': 'Hărțuire, șantaj și amenințări cu expunerea',
    'support-uk': 'Raportare și sprijin în Regatul Unit',
    'support-elsewhere': 'Sprijin în alte țări',
  },
  tips: {
    // A. Poze și clipuri video
    'photo-veil-cleans-file-not-picture': {
      title: 'Veil curăță fișierul, nu imaginea',
      body: 'Veil șterge datele ascunse, cum ar fi locația, datele calendaristice și detaliile camerei. Nu poate schimba ce se vede în poză: fața ta, tatuajele, camera din spatele tău, reflexiile sau priveliștea de la fereastră. Înainte să postezi, ia-ți câteva secunde să verifici toată imaginea.',
    },
    'photo-location-data': {
      title: 'Pozele îți pot dezvălui locația',
      body: 'Camera telefonului poate salva în fiecare poză și clip coordonatele GPS, ora și modelul telefonului. La o verificare informală a zece poze de pe site-urile unor lucrătoare sexuale, opt încă aveau locația. Veil o șterge pe site-urile protejate; dacă dezactivezi locația în aplicația camerei, nici nu mai este salvată.',
    },
    'photo-sites-keep-originals': {
      title: 'Nu te baza pe site să-ți curețe fișierele',
      body: 'Unele platforme șterg datele ascunse, altele le păstrează, iar asta se schimbă în timp. Pozele trimise ca fișier pe WhatsApp sau Telegram ajung de obicei neatinse, iar unele platforme mari îți citesc locația înainte s-o ascundă. Sunt teste ale unor firme, nu garanții: curăță tu fișierele, mai ales pentru chat și mesaje private.',
    },
    'photo-device-details': {
      title: 'Camera ta lasă o semnătură',
      body: 'Pe lângă locație, un fișier poate păstra modelul telefonului, un număr de serie, ora exactă și numele original al fișierului. Împreună pot arăta că poze de pe conturi diferite vin de pe același telefon. Veil le șterge din fișierele pe care le curăță; dacă trimiți ceva pe altă cale, trece-l întâi prin curățătorul Veil.',
    },
    'photo-heic-and-screenshots': {
      title: 'Pozele HEIC și trucul cu captura de ecran',
      body: 'Pozele HEIC de pe iPhone, dar și fișierele WebP și PNG, pot conține date ascunse. Capturile de ecran nu le au, dar unele site-uri de anunțuri nu le acceptă, iar Tryst nu acceptă deloc HEIC. Dacă exporți poza ca JPEG sau PNG și o cureți, scapi de ambele probleme.',
    },
    'photo-tryst-rules': {
      title: 'Regulile Tryst pentru poze',
      body: 'Tryst respinge fișierele HEIC, capturile de ecran, colajele și pozele cu text, date de contact sau un număr de înmatriculare lizibil. Își pune propriul filigran și acceptă abțibilduri mici peste față sau tatuaje. Veil curăță fișierele fără să le convertească, așa că exportă pozele HEIC ca JPEG înainte să le urci aici.',
    },
    'photo-face-search': {
      title: 'Fețele pot fi căutate',
      body: 'Există servicii de căutare după față care pot lega o poză de lucru de profilurile tale personale sau de conținut scurs. O lucrătoare din Regatul Unit crede că așa a aflat poliția numele ei din acte. E alegerea ta dacă îți arăți fața; dacă nu vrei, poți decupa, estompa sau purta o mască.',
    },
    'photo-copies-outlive-accounts': {
      title: 'Copiile pot rămâne și după ce ștergi contul',
      body: 'Dacă ștergi o poză, sau tot contul, copiile salvate deja de alții nu dispar. Odată distribuit, nu mai controlezi unde ajunge un lucru. Înainte să postezi, te poate ajuta să te întrebi dacă ar fi în regulă ca poza asta să circule și peste câțiva ani.',
    },
    'photo-tattoos-and-marks': {
      title: 'Tatuaje, cicatrici și semne din naștere',
      body: 'Un tatuaj, o cicatrice sau un semn din naștere ușor de recunoscut te poate identifica la fel de sigur ca fața, iar Veil nu le poate ascunde. De obicei se acoperă, se estompează sau se lasă în afara cadrului. Unele site-uri, ca Tryst, permit abțibilduri mici pentru asta.',
    },
    'photo-reflections': {
      title: 'Verifică oglinzile, ochelarii și ecranele',
      body: 'Oglinzile, ochelarii de soare, ochii, ecranele și suprafețele lucioase te pot reflecta pe tine, camera sau priveliștea de afară. Un urmăritor obsesiv a găsit casa unei cântărețe japoneze după peisajul reflectat în ochii ei. Mărește imaginea pe orice reflexie înainte să postezi.',
    },
    'photo-views-and-landmarks': {
      title: 'Ferestre, priveliști și repere',
      body: 'Un orizont de clădiri, o clădire deosebită, firma unui magazin sau strada de afară pot arăta unde locuiești sau lucrezi. Fotografiază cu spatele la ferestre sau estompează ce se vede afară. Veil nu schimbă nimic din ce se vede în imagine.',
    },
    'video-watch-it-through': {
      title: 'Uită-te la clip o dată, de la cap la coadă',
      body: 'Un clip arată mult mai mult decât o poză: fiecare colț al camerei, priveliștea când se mișcă telefonul, reflexii care apar o secundă. Veil șterge datele ascunse din fișier, nu ce apare pe ecran. Înainte să-l urci, uită-te la el o dată, urmărind doar fundalul.',
    },
    'photo-writing-in-frame': {
      title: 'Orice pe care scrie ceva',
      body: 'Coletele, scrisorile, facturile, ecusoanele sau bilețelele din fundal pot arăta un nume sau o adresă. La fel și un număr sau un nume de utilizator scris chiar pe poză; Tryst respinge pozele cu text sau date de contact. Scoate-le din cadru sau estompează-le.',
    },
    'photo-number-plates': {
      title: 'Mașini și numere de înmatriculare',
      body: 'Un număr de înmatriculare lizibil duce la proprietarul mașinii, iar numerele sunt printre primele lucruri pe care oamenii le verifică. Lasă mașinile în afara pozei sau estompează numărul. Tryst respinge pozele în care se poate citi unul.',
    },
    'photo-family-and-belongings': {
      title: 'Lasă familia și lucrurile personale în afara pozelor',
      body: 'Nu include membri ai familiei, copii, animale de companie sau obiecte ușor de recunoscut în pozele și clipurile de lucru. O ramă cu o fotografie, cana preferată sau un animal care apare și pe profilurile tale personale pot lega cele două lumi.',
    },
    'photo-uniforms-and-logos': {
      title: 'Uniforme, logouri și indicii despre celălalt job',
      body: 'O uniformă, un ecuson sau logoul unei firme pot duce pe cineva la celălalt loc de muncă al tău. O modelă de webcam a fost găsită la filiala exactă a magazinului unde lucra. Logourile de brand vizibile îți pot crea probleme și cu firma respectivă.',
    },
    'photo-fresh-for-work': {
      title: 'Fă poze noi pentru muncă',
      body: 'Pozele care sunt deja pe profilurile tale personale, sau făcute în locuri unde lumea te cunoaște, pot fi căutate invers până la numele tău din acte. Fă poze noi pentru muncă în loc să le refolosești pe cele personale.',
    },
    'photo-reverse-search-yourself': {
      title: 'Caută-ți invers propriile poze',
      body: 'Din când în când, trece-ți pozele de lucru printr-o căutare inversă de imagini. Așa găsești repostări, site-uri care copiază conținut și profiluri care se dau drept tine. Sfaturile Revenge Porn Helpline pentru lucrătoarele sexuale explică pașii.',
    },
    'photo-watermark-trade-off': {
      title: 'Filigranul are două fețe',
      body: 'Un filigran (watermark) mic cu numele tău de lucru descurajează furtul de conținut. OnlyFans pune unul implicit, iar Tryst îl adaugă pe al lui. Dar filigranul îți și leagă toate pozele între ele, așa că folosește doar numele de lucru, niciodată ceva personal.',
    },

    // B. Textul profilului și al anunțurilor
    'text-legal-name': {
      title: 'Nu-ți pune numele din acte',
      body: 'Folosește numele de lucru pentru tot ce ține de muncă, inclusiv cu clienții, și ține prenumele și numele de familie din acte departe de profiluri, anunțuri și chaturi. Veil te avertizează despre cuvintele din lista ta „nu dezvălui niciodată”, dar doar despre cele pe care le-ai adăugat.',
    },
    'text-veil-check-limits': {
      title: 'Verificarea textului de către Veil poate scăpa lucruri',
      body: 'Veil caută numere de telefon, adrese de e-mail, nume de utilizator, adrese și cuvintele din lista ta „nu dezvălui niciodată”. Nu are de unde să știe fiecare poreclă, loc din cartier sau glumă interioară care duce la tine, așa că mai citește o dată textul ca un străin.',
    },
    'text-work-number': {
      title: 'Folosește un număr de lucru, nu pe al tău',
      body: 'Clienții și cei care verifică oameni caută numerele de telefon pe internet, așa că un număr personal poate duce direct la tine. O cartelă preplătită separată sau un număr prin internet (VoIP) ține lucrurile separate. Pe site-urile cu mesagerie proprie, poți vorbi acolo până verifici persoana.',
    },
    'text-work-email': {
      title: 'O adresă de e-mail doar pentru muncă',
      body: 'O adresă de e-mail personală sau de la celălalt job îți poate lega profilul de tine, fiindcă poate afișa numele tău sau poate apărea în căutări. Folosește o adresă doar pentru întâlniri și platforme.',
    },
    'text-home-address': {
      title: 'Adresa ta rămâne la tine',
      body: 'Nu publica niciodată adresa de acasă sau codul poștal complet. Pentru întâlnirile la tine, spune întâi strada, zona sau un reper, și adresa exactă abia când clientul e deja afară. Pentru corespondență, merită să te gândești la o căsuță poștală.',
    },
    'text-wider-area': {
      title: 'Numește o zonă mai largă',
      body: 'Un oraș mic, un cartier, barul din colț sau cea mai apropiată stație pot arăta exact unde ești. E mai sigur să numești orașul mare sau regiunea.',
    },
    'text-workplace': {
      title: 'Nu spune unde lucrezi sau studiezi',
      body: 'O modelă de webcam și-a menționat orașul și lanțul de magazine la care lucra și a fost găsită la filiala exactă. Ține firma, școala, facultatea și sala de sport departe de profilurile și chaturile de lucru.',
    },
    'text-car-details': {
      title: 'Detaliile mașinii duc la tine',
      body: 'Marca, modelul și culoarea mașinii, și mai ales numărul de înmatriculare, te pot identifica. Numerele pot fi verificate în registre, așa că nu le pune în anunțuri sau mesaje.',
    },
    'text-family-and-pets': {
      title: 'Numele familiei și ale animalelor',
      body: 'Numele partenerului, ale copiilor sau ale animalelor tale, într-un profil sau nume de utilizator, duc la viața ta reală și sunt adesea răspunsuri la întrebările de recuperare a contului. Ține-le departe de profilurile și conținutul de lucru.',
    },
    'text-marks-in-words': {
      title: 'Descrierea tatuajelor sau a cicatricilor',
      body: 'O descriere detaliată a unui tatuaj, a unei cicatrici sau a unui semn din naștere te poate identifica la fel ca o poză. Mai bine nu o scrie, sau păstreaz-o vagă.',
    },
    'text-details-add-up': {
      title: 'Detaliile mici se adună',
      body: 'Un prenume plus un hobby neobișnuit, un club sau o echipă pot fi de ajuns ca cineva să fie găsit. Luat separat, fiecare detaliu pare inofensiv; împreună, restrâng căutarea foarte repede. Păstrează generale detaliile din profilul de lucru.',
    },
    'text-date-of-birth': {
      title: 'Spune-ți vârsta, nu ziua de naștere',
      body: 'Data ta completă de naștere apare în acte și e folosită des la recuperarea conturilor, așa că ajută la legarea unui profil de lucru de identitatea ta reală. Pentru un profil ajunge o vârstă sau un interval de vârstă.',
    },
    'text-fresh-ad-copy': {
      title: 'Scrie texte noi pentru muncă',
      body: 'Unele site-uri copiază anunțuri, unii oameni copiază texte cuvânt cu cuvânt, iar o căutare după fraza exactă găsește toate copiile, inclusiv pe un blog personal. Scrie-ți descrierea de lucru de la zero, nu refolosi texte de altundeva.',
    },
    'text-new-handles': {
      title: 'Un nume de utilizator nou pentru muncă',
      body: 'Studiile arată că doar după numele de utilizator se poate lega o mare parte din profilurile de pe site-uri diferite, pentru că oamenii refolosesc câteva variante. Alege nume de lucru care nu au nimic în comun cu cele personale; Chaturbate și AdultWork dau același sfat.',
    },
    'text-writing-style': {
      title: 'Stilul tău de scris poate fi recunoscut',
      body: 'Există programe care leagă un text anonim de autorul lui: într-un studiu din 2012, au ghicit din prima persoana corectă dintre 100.000 cam o dată din cinci. Expresiile preferate pe care le folosești și sub numele real sunt și ele o legătură.',
    },
    'text-links-in-bio': {
      title: 'Verifică unde duc linkurile tale',
      body: 'Site-urile personale, paginile cu linkuri, listele de dorințe și linkurile de plată pot afișa, la celălalt capăt, un nume din acte sau orașul tău. Înainte să le pui în descriere, deschide fiecare link într-o fereastră privată, cum ar face un străin.',
    },
    'text-site-wording-rules': {
      title: 'Respectă regulile de formulare ale site-ului',
      body: 'Unele site-uri din Regatul Unit cer termeni codați pentru servicii și interzic limbajul explicit, iar regulile s-au înăsprit odată cu Online Safety Act. Un anunț care nu le respectă poate fi ascuns sau șters, așa că verifică regulile actuale înainte să postezi.',
    },

    // C. Munca separată de viața personală
    'identity-one-work-name': {
      title: 'Un singur nume de lucru, peste tot',
      body: 'Dacă folosești același nume de lucru pe toate conturile de muncă, cele două vieți rămân mai simple și mai separate. Unii au pregătită și o poveste pentru cei care nu știu cu ce se ocupă, ca să nu-i ia nicio întrebare prin surprindere.',
    },
    'identity-work-phone': {
      title: 'Un telefon sau o cartelă separată',
      body: 'Un telefon de lucru, sau măcar o cartelă SIM de lucru, separată de cea personală, e unul dintre cele mai comune obiceiuri de siguranță. Să jonglezi cu mai multe telefoane e obositor, așa că alege un sistem pe care îl poți ține.',
    },
    'identity-work-email': {
      title: 'O adresă de e-mail separată pentru muncă',
      body: 'Fă-ți o adresă de e-mail doar pentru întâlniri și conturile de pe platforme, și creeaz-o doar cu date de lucru. Așa nicio chitanță, niciun link de resetare a parolei și niciun mesaj de la un client nu ajunge în căsuța ta personală.',
    },
    'identity-contact-syncing': {
      title: 'Spune nu sincronizării contactelor',
      body: 'Facebook i-a sugerat unei lucrătoare clienți pe profilul personal, deși folosea alte nume, numere și adrese de e-mail. TikTok potrivește contactele din telefon și chiar persoanele care au deschis linkuri trimise de tine. Nu da aplicațiilor de lucru acces la contacte și nu intra în rețelele personale de pe telefonul de lucru.',
    },
    'identity-separate-browser': {
      title: 'Un browser separat pentru muncă',
      body: 'Folosește un browser, sau măcar un profil de browser, doar pentru identitatea de lucru. Nu te conecta acolo la conturile personale, șterge din când în când cookie-urile și refuză urmărirea pentru reclame, ca cele două părți să lase mai puține urme comune.',
    },
    'identity-messaging-app-profile': {
      title: 'Verifică-ți profilul din aplicațiile de mesagerie',
      body: 'Implicit, WhatsApp arată poza de profil și textul „Despre” oricui are numărul tău. Pe un telefon de lucru, limitează-le la contacte sau la nimeni și nu folosi o poză personală.',
    },
    'identity-caller-id-apps': {
      title: 'Aplicațiile de identificare a apelanților dau nume mai departe',
      body: 'Aplicații ca Truecaller încarcă agendele utilizatorilor, așa că numele sub care cineva ți-a salvat numărul poate apărea la străini. Nu da numărul de lucru celor care îți știu numele din acte, ca să nu fie salvat niciodată sub el.',
    },
    'identity-search-yourself': {
      title: 'Caută-te pe internet din când în când',
      body: 'La câteva luni, caută-ți numele din acte, numele de lucru, numerele, adresele de e-mail și numele de utilizator. Notează ce găsești și unde. Folosește cererea de eliminare de la Google și opțiunile de retragere de la firmele de date și dezactivează etichetarea în poze pe fiecare platformă.',
    },
    'identity-location-and-vpn': {
      title: 'Locația oprită, VPN-ul pornit',
      body: 'Oprește serviciile de localizare când postezi. Unii clienți încearcă să afle adresa IP a unei lucrătoare, care poate arăta o locație aproximativă; un VPN ajută, mai ales pe site-urile de webcam și pe rețelele Wi-Fi publice.',
    },

    // D. Plăți, cadouri și corespondență
    'payments-apps-show-legal-name': {
      title: 'Aplicațiile de plată îți pot arăta numele din acte',
      body: 'PayPal și aplicațiile asemănătoare sunt legate de identitatea ta oficială și îi pot arăta numele tău celui care te plătește. Venmo face în plus plățile publice dacă nu schimbi setarea. Verifică ce vede plătitorul înainte să dai un nume de utilizator.',
    },
    'payments-off-platform-risks': {
      title: 'Riscurile plăților în afara platformei',
      body: 'Majoritatea aplicațiilor de plată cunoscute interzic munca pentru adulți. Contul poate fi înghețat sau închis, iar o cerere de returnare a banilor (chargeback) îi poate lua înapoi după întâlnire sau show. Dacă primești banii prin platformă, scapi de mare parte din asta.',
    },
    'payments-bank-transfers': {
      title: 'Transferurile bancare arată nume în ambele sensuri',
      body: 'Un transfer bancar îi poate arăta numele tău celui care plătește, iar ție numele lui. Unii folosesc un cont de firmă pe un nume comercial, ca un avans să nu le dezvăluie numele din acte.',
    },
    'payments-wishlists-and-post': {
      title: 'Listele de dorințe și cadourile te pot da de gol',
      body: 'Listele de dorințe Amazon sunt implicit publice și pot fi găsite după nume sau e-mail, iar una setată greșit îți poate afișa numele complet și orașul. Vânzătorii terți îți pot transmite adresa mai departe. O căsuță poștală ajută pentru cadouri și corespondență, dar verifică fiecare serviciu: Throne nu acoperă pierderile legate de căsuțe poștale.',
    },
    'payments-who-holds-your-id': {
      title: 'Întreabă cine îți păstrează actul',
      body: 'Numerele din acte își au locul doar la pasul de verificare al unui site, niciodată într-un profil sau chat. Înainte de verificare, e normal să întrebi: pot acoperi părți din act? Cum sunt păstrate actul și selfie-ul? Sunt șterse după verificare? Cum răspunde site-ul la cererile autorităților?',
    },

    // E. Setările site-urilor
    'settings-geo-block-home': {
      title: 'Blochează zona în care locuiești',
      body: 'Multe site-uri te lasă să blochezi vizitatorii după locație: Fansly după țară, regiune sau oraș, OnlyFans și MYM după țară, iWantClips chiar și după codul poștal. Dacă blochezi zona unde locuiești, scad șansele să te vadă cineva cunoscut. Nu e sigur sută la sută: VPN-urile și călătoriile îl ocolesc.',
    },
    'settings-geo-block-limits': {
      title: 'Blocarea după zonă are limite',
      body: 'Oamenii călătoresc și folosesc VPN. Un ghid neoficial spune că blocarea geografică de pe OnlyFans nu împiedică motoarele de căutare să-ți afișeze pagina, iar site-urile cu scurgeri și copii îți ignoră complet setările. Folosește-o alături de celelalte obiceiuri, nu în locul lor.',
    },
    'settings-fansly-privacy': {
      title: 'Opțiunile de confidențialitate Fansly',
      body: 'Pe lângă blocarea după locație, Fansly oferă un flux vizibil doar pentru urmăritori și poate ascunde bacșișurile primite. Cine e blocat vede o eroare sau o pagină goală, iar tu dispari din căutările și fluxul lui. Totuși, VPN-urile și călătoriile pot ocoli blocarea.',
    },
    'settings-watermarks-and-copyright': {
      title: 'Filigrane, cereri de eliminare și drepturi de autor',
      body: 'OnlyFans pune implicit filigran pe conținut și primește reclamații de piraterie prin e-mail. În Regatul Unit, fotograful poate deține drepturile de autor asupra pozelor cu tine dacă nu ți le cedează în scris, iar asta contează înainte să trimiți cereri de eliminare.',
    },
    'settings-old-profiles': {
      title: 'Fă ordine în anunțurile și profilurile vechi',
      body: 'Anunțurile vechi și copiile lor rămân online mult după ce nu le mai folosești. Ascunde sau șterge profilurile de care nu mai ai nevoie și cere eliminarea copiilor. Tryst ascunde un profil după 90 de zile de inactivitate, iar tu poți schimba asta.',
    },
    'settings-block-and-report-tools': {
      title: 'Folosește instrumentele de blocare și raportare',
      body: 'Fansly și Fanvue te lasă să blochezi utilizatori, iar lista neagră AdultWork ascunde un profil din căutările tale. Raportările cu capturi de ecran au mai multă greutate; Fanvue spune că verifică raportările în 24 de ore.',
    },
    'settings-uk-rule-changes': {
      title: 'Regulile noi din Regatul Unit pot ascunde conținut',
      body: 'De la Online Safety Act încoace, AdultWork cere ca pozele și textele gratuite să fie potrivite pentru orice public și restricționează după vârstă profilurile principale, iar Vivastreet interzice nuditatea și textul explicit în secțiunile pentru adulți care nu sunt de escorte. Conținutul care nu se încadrează poate fi ascuns sau șters.',
    },
    'settings-more-than-one-channel': {
      title: 'Nu depinde de o singură platformă',
      body: 'Shadowban-urile și suspendările bruște pe X și Reddit te pot lăsa peste noapte fără venit și fără clienții fideli. Păstrează copii ale conținutului și ai mai multe căi prin care oamenii să te găsească.',
    },
    'settings-streams-can-be-recorded': {
      title: 'Show-urile live pot fi înregistrate',
      body: 'Oricine se uită poate înregistra o transmisiune. Ce poți controla sunt moderarea camerei de chat, blocarea pe țări și un filigran pe ecran, pe care îl poate adăuga OBS. Tot ce e în cameră apare și el în imagine, de la fereastră până la plicurile de pe masă.',
    },
    'settings-ask-about-data': {
      title: 'Întreabă cum îți tratează site-ul datele',
      body: 'Site-urile de anunțuri diferă. Tryst spune că păstrează cât mai puține date și verifică actele cu propriul personal; alte site-uri trimit actele unor firme externe. Informează-te înainte să-ți faci cont și dă doar ce te face să te simți în regulă.',
    },

    // F. Conturi și dispozitive
    'accounts-unique-passwords': {
      title: 'O parolă diferită pentru fiecare site',
      body: 'Dacă un site are o scurgere de date, sau cine îl administrează se dovedește necinstit, o parolă refolosită îți deschide și celelalte conturi. Un manager de parole, sau o listă ținută în siguranță, offline, face parolele unice ușor de gestionat.',
    },
    'accounts-two-step-login': {
      title: 'Activează autentificarea în doi pași',
      body: 'Autentificarea în doi pași cu o aplicație de autentificare oprește majoritatea preluărilor de cont. Păstrează codurile de rezervă într-un loc sigur, departe de telefon, ca să nu rămâi fără acces dacă îl pierzi.',
    },
    'accounts-phishing': {
      title: 'Recunoaște mesajele false de „suport”',
      body: 'Platformele adevărate nu-ți cer parola prin SMS sau în afara propriului site. Verifică adresa exactă a site-ului înainte să te conectezi. Escrocii s-au dat deja drept angajați ai unor site-uri pe Skype și aplicații asemănătoare.',
    },
    'accounts-lost-phone': {
      title: 'Pregătește-te pentru cazul în care pierzi telefonul',
      body: 'Pune o blocare a ecranului, activează Find My (iPhone) sau Find Hub (Android), fă copii de rezervă și notează-ți codurile de recuperare. Dacă dispare telefonul de lucru, îl vei putea bloca și îți vei putea recupera conturile.',
    },
    'accounts-shared-devices': {
      title: 'Dispozitive comune și parteneri',
      body: 'Telefoanele, laptopurile și parolele folosite în comun fac greu de păstrat munca în privat. Unii parteneri abuzivi amenință că vor denunța la poliție persoanele care fac muncă sexuală. Dacă ți se întâmplă asta, nu e vina ta, iar serviciile de sprijin te pot ajuta.',
    },
    'accounts-delete-screening-notes': {
      title: 'Șterge după aceea notițele de verificare',
      body: 'După ce se termină o întâlnire, dacă ștergi datele de verificare de care nu mai ai nevoie, îi protejezi pe client și pe tine în cazul în care un telefon sau laptop e pierdut, spart sau confiscat.',
    },

    // G. Hărțuire, șantaj și amenințări cu expunerea
    'threat-save-evidence-first': {
      title: 'Mai întâi, oprește-te și salvează dovezile',
      body: 'Dacă cineva te amenință sau te hărțuiește, nu trebuie să răspunzi imediat. Înainte să blochezi sau să ștergi ceva, fă capturi de ecran cu mesajele, profilurile, numele de utilizator, linkurile, datele și orele. Înregistrează ecranul pentru story-uri înainte să dispară.',
    },
    'threat-do-not-pay': {
      title: 'Nu plăti, nu mai trimite nimic',
      body: 'Dacă cineva îți cere bani sau mai mult conținut ca să tacă, de obicei plata sau trimiterea aduc și mai multe cereri, nu mai puține. Oprește negocierea, păstrează dovezile și cere sprijin.',
    },
    'threat-block-and-report': {
      title: 'Apoi blochează și raportează',
      body: 'După ce ai salvat dovezile, blochează persoana pe toate canalele pe care le folosește și raportează-i conturile pe fiecare platformă. Nu-i datorezi niciun răspuns.',
    },
    'threat-outing-is-common': {
      title: 'Amenințările cu expunerea sunt frecvente și nu sunt vina ta',
      body: 'Foști parteneri, clienți și chiar angajatori folosesc amenințarea cu expunerea. În programul Ugly Mugs din Țările de Jos, cam jumătate dintre sesizări priveau abuzuri sau intimidare, iar 31% dintre clienții periculoși au șantajat folosind identitatea de lucru. Nu ești singură sau singur: există ajutor.',
    },
    'threat-after-a-doxx': {
      title: 'Dacă ți-au fost publicate datele (doxxing)',
      body: 'Cere site-urilor să șteargă postările, securizează-ți conturile și spune oamenilor în care ai încredere. Roagă-ți prietenii să nu răspundă la postare și să n-o citeze: așa se răspândește și mai mult.',
    },
    'threat-intimate-images-stopncii': {
      title: 'Dacă imagini intime ajung online sau cineva amenință cu asta',
      body: 'Raportează-le platformei și trimite cereri de eliminare sau pentru drepturi de autor. StopNCII creează o amprentă digitală (hash) a imaginilor pe propriul tău dispozitiv; doar amprenta e trimisă, către parteneri ca OnlyFans, Facebook și Instagram. Ai sub 18 ani? Folosește Take It Down, de la NCMEC.',
    },

    // H. Raportare și sprijin în Regatul Unit
    'uk-national-ugly-mugs': {
      title: 'National Ugly Mugs (Regatul Unit)',
      body: 'NUM este o organizație caritabilă din Regatul Unit pentru lucrătorii sexuali, gratuită și confidențială. Te poți înscrie cu numele de lucru, poți raporta incidente pe site, prin aplicație sau la telefon și primești alerte despre persoane periculoase. Dă rapoartele poliției doar cu acordul tău și poate transmite informații anonim.',
    },
    'uk-num-checker': {
      title: 'Verifică un client cu NUM Checker',
      body: 'Verificatorul NUM le permite membrilor să caute telefonul, e-mailul sau numele de utilizator al unui client în sesizările altor lucrătoare. Poate fi folosit și dintr-un cont Vivastreet. În cercetarea Beyond the Gaze, 85% dintre respondenți își verificau clienții pe internet.',
    },
    'uk-revenge-porn-helpline': {
      title: 'Revenge Porn Helpline (Regatul Unit)',
      body: 'Linie de ajutor din Regatul Unit pentru adulții ale căror imagini intime au fost distribuite sau cu care sunt amenințați, cu sfaturi pentru creatoare de conținut și lucrătoare sexuale. Ajută la eliminări și în caz de șantaj și administrează StopNCII. Sună la 0345 6000 459, luni–vineri, 10:00–16:00 (verifică programul pe site).',
    },
    'uk-police-options': {
      title: 'Să mergi la poliție sau nu',
      body: 'În Regatul Unit poți suna la 101 sau poți face o sesizare online când nu e o urgență, ori poți raporta anonim prin National Ugly Mugs. Mulți lucrători sexuali aleg să nu implice poliția, iar decizia e a ta. În caz de urgență, sună la 999.',
    },
    'uk-harassment-law': {
      title: 'Două incidente pot însemna hărțuire',
      body: 'În Anglia și Țara Galilor, hărțuirea poate însemna două sau mai multe incidente care te-au tulburat, chiar dacă sunt diferite și la luni distanță (Protection from Harassment Act 1997). Notează fiecare incident, cu data.',
    },
    'uk-intimate-image-law': {
      title: 'Distribuirea imaginilor sau amenințarea cu ea e infracțiune',
      body: 'În Anglia și Țara Galilor, distribuirea imaginilor intime fără consimțământ, sau amenințarea cu asta, e infracțiune din 31 ianuarie 2024, inclusiv pentru deepfake-uri. Revenge Porn Helpline observă că imaginile deja vândute comercial au fost o zonă gri, așa că cere sfaturi la zi.',
    },
    'uk-local-projects': {
      title: 'Proiecte locale de sprijin',
      body: 'Proiecte din Regatul Unit precum SWOP Sussex (Oasis Project), Basis și SWOSH ajută cu planuri de siguranță, sprijin și la depunerea unei sesizări. Merită să afli care e cel mai apropiat înainte să ai nevoie.',
    },
    'uk-working-together-law': {
      title: 'Lucrul împreună cu altcineva și legea',
      body: 'E mai sigur să lucrezi alături de altcineva, dar în Regatul Unit asta poate transforma legal locul într-un bordel. Cere sfatul organizației Release înainte să te organizezi așa.',
    },

    // I. Alte țări
    'intl-ireland': {
      title: 'Irlanda: Ugly Mugs Ireland',
      body: 'Ca să te înscrii la Ugly Mugs Ireland, ajung un nume de lucru și date de contact de lucru. Sesizările sunt doar pentru lucrătorii sexuali; informațiile despre agresori pot ajunge la poliție sau la grupuri de sprijin, iar datele membrilor sunt anonimizate pentru cercetare.',
    },
    'intl-netherlands': {
      title: 'Țările de Jos: Ugly Mugs NL și swdigitaal.nl',
      body: 'Ugly Mugs NL, administrat de SOA Aids Nederland din aprilie 2022, a trimis peste 15.000 de avertismente în primul an. Pentru siguranța online, swdigitaal.nl are un ghid detaliat în olandeză și engleză.',
    },
    'intl-germany': {
      title: 'Germania: înregistrarea sub un pseudonim',
      body: 'Conform Legii pentru protecția persoanelor care practică prostituția, certificatul de înregistrare poate fi emis pe un pseudonim. Folosește un telefon și o adresă de e-mail de lucru separate și ține cont că unii clienți pot înregistra show-urile pe webcam.',
    },
    'intl-belgium-switzerland-finland': {
      title: 'Belgia, Elveția și Finlanda',
      body: 'Violett (Belgia) recomandă să te cauți pe internet și să folosești formularul de eliminare de la Google. Aspasie (Elveția) recomandă să spui unei persoane de contact unde mergi și să ții o listă cu clienți periculoși, pe care s-o dai mai departe colegelor. Pro-tukipiste (Finlanda) recomandă o cartelă preplătită și fără acte sau coduri de ușă la vedere.',
    },
    'intl-australia': {
      title: 'Australia: SWOP NSW',
      body: 'SWOP NSW recomandă să te gândești bine înainte să dai detalii personale, pentru că nu poți controla unde ajung, și să ai pregătită o poveste. Switter, o rețea socială a lucrătorilor sexuali, s-a închis în martie 2022: platformele pot dispărea.',
    },
    'intl-canada': {
      title: 'Canada: Bad Date Canada',
      body: 'Ghidul de siguranță și confidențialitate al Bad Date Canada și SWAN Waterloo vorbește despre verificarea clienților, numere VoIP, metadatele pozelor, filigrane, autentificarea în doi pași, VPN și listele comunitare cu clienți periculoși.',
    },
    'intl-us-and-worldwide': {
      title: 'Statele Unite și restul lumii',
      body: 'De la FOSTA-SESTA (2018), multe site-uri de anunțuri s-au mutat în străinătate, iar verificarea clienților a devenit mai grea. Ghidurile NSWP acoperă siguranța digitală în toată lumea. Linia de ajutor Access Now sprijină, după verificare, activiști și apărători ai drepturilor omului, posibil și pe cei care organizează lucrători sexuali.',
    },
  },
} as const satisfies LocaleText;
