/** Veil's interface strings in Romanian (same keys and placeholders as en.ts). */
import type { Messages } from './en.ts';
import { inPageRo } from './in-page-ro.ts';

export const ro: Messages = {
  extName: 'Veil',
  extDescription:
    'Elimină locația și alte detalii care te pot identifica din fotografiile și videoclipurile pe care le încarci.',
  discreetTitle: 'Instrumente pagină',
  skipToContent: 'Sari la conținut',

  langAuto: 'La fel ca browserul',

  popupProtected: 'Acest site este protejat',
  popupProtectedDetail:
    'Fotografiile și videoclipurile pe care le încarci aici sunt curățate înainte ca site-ul să le poată citi.',
  popupPaused: 'Pus pe pauză pe acest site',
  popupPausedDetail: 'Fișierele încărcate aici pleacă așa cum sunt, cu tot cu detaliile ascunse.',
  popupAllPaused: 'Veil este pe pauză peste tot',
  popupAllPausedDetail: 'Niciun fișier nu este curățat până când nu repornești Veil.',
  popupNotProtected: 'Acest site nu este protejat',
  popupNotProtectedDetail: 'Veil curăță fișierele doar pe site-urile pe care le protejează.',
  popupNoSite: 'Deschide un site ca să vezi dacă Veil îl protejează.',
  popupToggle: 'Curăță fișierele încărcate pe acest site',
  popupProtectSite: 'Protejează acest site',
  popupProtectDenied: 'Browserul nu a dat permisiunea, așa că site-ul nu este protejat.',
  popupProtectDone: 'Protejat. Reîncarcă pagina ca Veil să poată porni.',
  popupPauseAll: 'Pune Veil pe pauză peste tot',
  popupResumeAll: 'Repornește Veil',
  popupReceipts: 'Recent pe acest site',
  popupReceiptsNone: 'Încă nu ai încărcat nimic aici.',
  receiptCleaned: 'Curățate: {count}',
  receiptHeld: 'Oprite: {count}',
  receiptPassed: 'Nu sunt fotografii sau videoclipuri: {count}',
  popupTips: 'Sfaturi pentru acum',
  popupMoreTips: 'Mai multe sfaturi',
  popupFewerTips: 'Mai puține sfaturi',
  popupSearchTips: 'Caută în sfaturi',
  popupTipSources: 'Surse:',
  popupOpensNewTab: 'se deschide într-o filă nouă',
  popupSearchNone: 'Niciun sfat nu se potrivește căutării.',
  popupCheck: 'Verifică-mi textul',
  popupCheckLabel:
    'Lipește o descriere, un anunț sau un mesaj ca să-l verifici înainte să-l publici',
  popupCheckButton: 'Verifică',
  popupCheckClean:
    'Veil nu a găsit nimic care să te identifice. Mai citește o dată ca un străin: detaliile mărunte se adună.',
  popupCheckFound: 'Detalii care te-ar putea identifica: {count}',
  popupCheckUnavailable: 'Verificarea textului nu este disponibilă acum.',
  pageBackgroundSilent:
    'Partea de fundal a Veil nu răspunde, așa că pagina nu se poate încărca. Fișierele încărcate pe site-urile protejate sunt curățate în continuare. Închide pagina și deschide-o din nou; dacă se repetă, repornește browserul.',
  popupSettings: 'Setări',
  popupCleaner: 'Curăță fișiere manual',
  working: 'Se lucrează…',

  finding_phone: 'Număr de telefon',
  finding_email: 'Adresă de e-mail',
  finding_url: 'Link',
  finding_social_handle: 'Cont de social media',
  finding_payment_handle: 'Cont de plată',
  finding_postcode: 'Cod poștal',
  finding_street_address: 'Adresă',
  finding_personal_term: 'Pe lista ta de lucruri de nedezvăluit',
  finding_date_of_birth: 'Data nașterii',
  finding_vehicle_reg: 'Număr de înmatriculare',
  finding_id_number: 'Număr de identificare',
  finding_bank_detail: 'Date bancare',
  finding_location_hint: 'Loc după care te poate găsi cineva',
  finding_workplace_hint: 'Loc de muncă sau școală',
  ...inPageRo,

  optionsTitle: 'Setări Veil',
  optionsNav: 'Secțiuni',
  sitesHeading: 'Site-uri protejate',
  sitesIntro:
    'Veil curăță fiecare fotografie și videoclip pe care îl încarci pe aceste site-uri. Dezactivează un site ca să-l pui pe pauză.',
  sitesBuiltIn: 'Incluse în Veil',
  sitesAdded: 'Site-uri adăugate de tine',
  sitesAddedNone: 'Nu ai adăugat niciun site.',
  sitesAddLabel: 'Adaugă un site (de exemplu example.com)',
  sitesAdd: 'Adaugă site',
  sitesRemove: 'Elimină {site}',
  sitesInvalid: 'Aceasta nu pare să fie adresa unui site.',
  sitesDenied: 'Browserul nu a dat permisiunea, așa că site-ul nu a fost adăugat.',
  identityHeading: 'Identitățile tale',
  identityIntro:
    'Spune-i lui Veil care detalii țin de identitatea ta de lucru și care nu trebuie să apară niciodată. Verificarea textului le folosește. Ele nu părăsesc niciodată acest browser.',
  workHeading: 'Identitatea de lucru',
  workHelp:
    'Numele de lucru, telefonul de lucru, e-mailul de lucru și conturile tale. Veil nu te va avertiza pentru acestea.',
  workAddLabel: 'Adaugă un detaliu de lucru',
  neverHeading: 'De nedezvăluit',
  neverHelp:
    'Numele legal, orașul natal, angajatorul, școala unui copil… Veil păstrează doar o amprentă amestecată a fiecărei intrări și o afișează mascată. Nimeni nu o poate citi înapoi, nici măcar tu.',
  neverAddLabel: 'Adaugă ceva ce nu trebuie dezvăluit',
  entryAdd: 'Adaugă',
  remove: 'Elimină',
  entryRemove: 'Elimină {entry}',
  entriesNone: 'Nimic aici încă.',
  behaviourHeading: 'Comportament',
  anonymiseLabel: 'Dă fișierelor încărcate nume neutre (photo-1.jpg)',
  anonymiseHelp: 'Numele fișierelor conțin adesea date, modelul telefonului sau nume reale.',
  uncleanableLegend: 'Când Veil nu poate curăța o fotografie sau un videoclip',
  uncleanableAsk: 'Întreabă-mă de fiecare dată (recomandat)',
  uncleanableBlock: 'Oprește-l mereu',
  discreetHeading: 'Mod discret',
  discreetLabel: 'Folosește un nume neutru în bara de instrumente și nicio insignă',
  discreetHelp:
    'Pentru dispozitive folosite de mai multe persoane sau supravegheate. Lista de extensii a browserului tot arată Veil.',
  languageHeading: 'Limba',
  languageLabel: 'Limba paginilor Veil',
  dataHeading: 'Datele tale',
  dataIntro:
    'Veil păstrează setările, ultimele 50 de confirmări de încărcare (numere și o propoziție, niciodată nume de fișiere) și listele tale de identitate doar în acest browser.',
  eraseButton: 'Șterge tot ce a stocat Veil',
  eraseConfirm:
    'Vor fi șterse setările, confirmările, listele de identitate și site-urile adăugate. Nu se poate anula.',
  eraseYes: 'Da, șterge tot',
  eraseCancel: 'Renunță',
  erased: 'Tot ce a stocat Veil a fost șters.',
  aboutHeading: 'Ce protejează Veil și ce nu',
  aboutProtects: 'Veil protejează',
  aboutProtects1:
    'Detaliile ascunse din fotografii și videoclipuri: locația GPS, modelul și numerele de serie ale telefonului, numele proprietarului, date, miniaturi ascunse și videoclipuri încorporate.',
  aboutProtects2: 'Numele fișierelor, înlocuite cu nume neutre.',
  aboutProtects3:
    'Cuvintele tale, verificate pentru numere de telefon, adrese și detaliile pe care le-ai trecut pe listă.',
  aboutNot: 'Veil nu poate proteja',
  aboutNot1:
    'Ce se vede în imagine: fețe, tatuaje, semne din naștere, bijuterii, reflexii, priveliștea de la fereastră, scrisori sau o cameră ușor de recunoscut.',
  aboutNot2: 'Potrivirea prin căutare inversă de imagini.',
  aboutNot3: 'Cine încarcă: site-ul îți vede în continuare contul și adresa IP.',
  privacyHeading: 'Confidențialitate',
  privacyText:
    'Veil nu face nicio cerere în rețea: fără statistici, fără actualizări de pe un server, fără cod de la distanță. Fișierele sunt curățate în browserul tău și nimic din ce introduci nu iese din el.',

  cleanTitle: 'Curăță fotografii și videoclipuri',
  cleanIntro:
    'Pentru fișierele pe care le trimiți prin aplicații de pe telefon sau prin e-mail, sau ca să vezi ce conțin fotografiile tale. Totul se întâmplă în acest browser: nu se încarcă nimic.',
  cleanDrop: 'Trage aici fotografii, videoclipuri sau foldere',
  cleanPickFiles: 'Alege fișiere',
  cleanPickFolder: 'Alege un folder',
  cleanResults: 'Rezultate',
  cleanCleaned: 'Curățat',
  cleanRefused: 'Necurățat',
  cleanRemoved: 'Eliminat',
  cleanKept: 'Păstrat',
  cleanNothingFound: 'Nu s-au găsit detalii ascunse.',
  cleanSave: 'Salvează copia curată',
  cleanSaveAll: 'Salvează toate copiile curate',
  cleanNeverSaved: 'Veil nu salvează niciodată un fișier pe care nu l-a putut curăța.',
  cleanReasonUnsupported: 'Veil nu poate curăța încă acest tip de fișier.',
  cleanReasonDamaged: 'Fișierul pare deteriorat sau incomplet.',
  cleanReasonTooLarge: 'Fișierul este prea mare.',
  cleanReasonVerify: 'Veil nu a putut confirma că ceea ce a rezultat e curat.',
  cleanClear: 'Golește lista',

  welcomeTitle: 'Bun venit în Veil',
  welcomeLead1:
    'Fotografiile și videoclipurile conțin detalii ascunse: unde au fost făcute, telefonul, date, uneori chiar numele tău.',
  welcomeLead2:
    'Pe site-urile de mai jos, Veil le elimină din fiecare fișier pe care îl încarci, înainte ca site-ul să-l poată citi.',
  welcomeLead3:
    'Îți verifică și textele pentru detalii care te identifică și îți arată sfaturi de siguranță atunci când contează.',
  welcomeSites: 'Protejate de acum înainte',
  welcomeSitesMore:
    'Poți proteja și alte site-uri din butonul Veil din bara de instrumente sau din setări.',
  welcomeIdentity: 'Opțional: spune-i lui Veil ce să nu dezvăluie niciodată',
  welcomeIdentityText:
    'Adaugă identitatea ta de lucru și detaliile care nu trebuie să apară niciodată (numele legal, orașul natal…), ca verificarea textului să știe ce să caute.',
  welcomeIdentityLink: 'Configurează identitățile',
  welcomeLanguage: 'Limba',
  welcomeDone: 'Asta e tot. De acum, Veil lucrează discret.',
};
