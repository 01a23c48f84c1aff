/**
 * Spanish (neutral, for Spain and Latin America): informal "tú", as in outreach material.
 * Organisation names stay as they are; UK-only routes say they are UK services. Avoid words
 * that differ by region (teléfono rather than móvil/celular).
 */
import type { LocaleText } from './types.ts';

export const ES = {
  categories: {
    'photos-media': 'Fotos y vídeos',
    'profile-text': 'Texto del perfil y los anuncios',
    'separating-identities': 'Separar el trabajo de tu vida personal',
    'payments-gifts-post': 'Pagos, regalos y correo',
    'platform-settings': 'Ajustes de las plataformas',
    'accounts-devices': 'Cuentas y dispositivos',
    'harassment-blackmail-outing': 'Acoso, chantaje y amenazas de exponerte',
    'support-uk': 'Denuncias y apoyo en el Reino Unido',
    'support-elsewhere': 'Apoyo en otros países',
  },
  tips: {
    // A. Fotos y vídeos
    'photo-veil-cleans-file-not-picture': {
      title: 'Veil limpia el archivo, no la imagen',
      body: 'Veil borra datos ocultos como la ubicación, las fechas y los datos de la cámara. No puede cambiar lo que se ve: tu cara, tus tatuajes, la habitación detrás de ti, los reflejos o la vista desde una ventana. Antes de publicar, tómate unos segundos para revisar toda la imagen.',
    },
    'photo-location-data': {
      title: 'Tus fotos pueden llevar tu ubicación',
      body: 'La cámara del teléfono puede guardar las coordenadas GPS, la hora y el modelo del teléfono dentro de cada foto y vídeo. En una revisión informal de diez fotos de webs de trabajadoras sexuales, ocho aún tenían la ubicación. Veil la borra en los sitios protegidos; si desactivas la ubicación en la cámara, ni siquiera se guarda.',
    },
    'photo-sites-keep-originals': {
      title: 'No confíes en que la web limpie tus archivos',
      body: 'Algunas plataformas borran los datos ocultos y otras los conservan, y esto cambia con el tiempo. Las fotos enviadas como archivo por WhatsApp o Telegram suelen llegar intactas, y algunas plataformas grandes leen tu ubicación antes de ocultarla. Son pruebas de empresas, no garantías: limpia tú los archivos, sobre todo en chats y mensajes privados.',
    },
    'photo-device-details': {
      title: 'Tu cámara deja una firma',
      body: 'Además de la ubicación, un archivo puede guardar el modelo de tu teléfono, un número de serie, la hora exacta y el nombre original del archivo. Juntos pueden mostrar que fotos de cuentas distintas salieron del mismo teléfono. Veil los borra de lo que limpia; si envías algo por otra vía, pásalo antes por el limpiador de Veil.',
    },
    'photo-heic-and-screenshots': {
      title: 'Fotos HEIC y el truco de la captura',
      body: 'Las fotos HEIC del iPhone, y también los archivos WebP y PNG, pueden llevar datos ocultos. Las capturas de pantalla no los llevan, pero algunos directorios no las aceptan, y Tryst no acepta HEIC. Exportar la foto como JPEG o PNG y limpiarla evita los dos problemas.',
    },
    'photo-tryst-rules': {
      title: 'Las normas de fotos de Tryst',
      body: 'Tryst rechaza archivos HEIC, capturas de pantalla, collages y fotos con texto, datos de contacto o una matrícula legible. Añade su propia marca de agua y permite pegatinas pequeñas sobre la cara o los tatuajes. Veil limpia los archivos sin convertirlos, así que exporta las fotos HEIC como JPEG antes de subirlas aquí.',
    },
    'photo-face-search': {
      title: 'Las caras se pueden buscar',
      body: 'Hay servicios de búsqueda facial que pueden relacionar una foto de trabajo con tus redes personales o con contenido filtrado. Una trabajadora del Reino Unido cree que así supo la policía su nombre legal. Mostrar la cara es decisión tuya; recortar, difuminar o usar una máscara son opciones si prefieres no hacerlo.',
    },
    'photo-copies-outlive-accounts': {
      title: 'Las copias pueden durar más que tu cuenta',
      body: 'Borrar una foto, o toda la cuenta, no elimina las copias que otras personas ya guardaron o copiaron. Lo que compartes ya no está bajo tu control. Antes de publicar, puede ayudarte preguntarte si te parecería bien que esa imagen siguiera circulando dentro de unos años.',
    },
    'photo-tattoos-and-marks': {
      title: 'Tatuajes, cicatrices y marcas de nacimiento',
      body: 'Un tatuaje, una cicatriz o una marca de nacimiento llamativos pueden identificarte tanto como tu cara, y Veil no puede ocultarlos. Lo habitual es taparlos, difuminarlos o dejarlos fuera del encuadre. Algunas webs, como Tryst, permiten pegatinas pequeñas para esto.',
    },
    'photo-reflections': {
      title: 'Revisa espejos, gafas y pantallas',
      body: 'Los espejos, las gafas de sol, los ojos, las pantallas y las superficies brillantes pueden reflejarte a ti, tu habitación o lo que se ve fuera. Un acosador encontró la casa de una cantante japonesa por el paisaje reflejado en sus ojos. Amplía la imagen en cualquier reflejo antes de publicar.',
    },
    'photo-views-and-landmarks': {
      title: 'Ventanas, vistas y lugares reconocibles',
      body: 'Un horizonte de edificios, un edificio llamativo, el cartel de una tienda o la calle de fuera pueden delatar dónde vives o trabajas. Haz las fotos de espaldas a las ventanas o difumina lo que se ve fuera. Veil no cambia nada de lo que se ve en la imagen.',
    },
    'video-watch-it-through': {
      title: 'Mira tu vídeo entero una vez',
      body: 'Un vídeo muestra mucho más que una foto: cada rincón de la habitación, la vista cuando la cámara se mueve, reflejos que pasan en un segundo. Veil borra los datos ocultos del archivo, no lo que aparece en pantalla. Antes de subirlo, míralo entero fijándote solo en el fondo.',
    },
    'photo-writing-in-frame': {
      title: 'Cualquier cosa con algo escrito',
      body: 'Paquetes, cartas, facturas, acreditaciones o notas al fondo pueden mostrar un nombre o una dirección. También un número o un usuario escrito sobre la propia imagen; Tryst rechaza fotos con texto o datos de contacto. Despeja el encuadre o difumínalos.',
    },
    'photo-number-plates': {
      title: 'Coches y matrículas',
      body: 'Una matrícula legible permite llegar a quien es dueño del coche, y las matrículas son de lo primero que la gente comprueba. Deja los coches fuera de la foto o difumina la matrícula. Tryst rechaza las fotos en las que se puede leer una.',
    },
    'photo-family-and-belongings': {
      title: 'Deja fuera a tu familia y tus cosas personales',
      body: 'No incluyas a familiares, niños, mascotas ni objetos reconocibles en tus fotos y vídeos de trabajo. Un cuadro, tu taza favorita o una mascota que también sale en tus redes personales puede unir las dos cosas.',
    },
    'photo-uniforms-and-logos': {
      title: 'Uniformes, logotipos y pistas de tu otro trabajo',
      body: 'Un uniforme, una acreditación o el logotipo de una empresa pueden llevar a alguien hasta tu otro trabajo. A una modelo de webcam la localizaron en la sucursal exacta de la tienda donde trabajaba. Los logotipos de marcas también pueden darte problemas con la propia marca.',
    },
    'photo-fresh-for-work': {
      title: 'Haz fotos nuevas para el trabajo',
      body: 'Las fotos que ya están en tus redes personales, o hechas en sitios donde te conocen, se pueden buscar a la inversa hasta llegar a tu nombre legal. Haz fotos nuevas para el trabajo en vez de reutilizar las personales.',
    },
    'photo-reverse-search-yourself': {
      title: 'Busca tus propias fotos a la inversa',
      body: 'De vez en cuando, pasa tus fotos de trabajo por una búsqueda inversa de imágenes. Así encuentras copias, webs que copian contenido y perfiles que se hacen pasar por ti. Los consejos de la Revenge Porn Helpline para trabajadoras sexuales explican cómo hacerlo.',
    },
    'photo-watermark-trade-off': {
      title: 'La marca de agua tiene dos caras',
      body: 'Una marca de agua pequeña con tu nombre de trabajo desanima a quien quiera robar tu contenido. OnlyFans la añade por defecto y Tryst pone la suya. Pero también une todas tus imágenes entre sí, así que usa solo tu nombre de trabajo, nunca nada personal.',
    },

    // B. Texto del perfil y los anuncios
    'text-legal-name': {
      title: 'No pongas tu nombre legal',
      body: 'Usa tu nombre de trabajo para todo lo relacionado con el trabajo, también con clientes, y deja tu nombre y apellidos legales fuera de perfiles, anuncios y chats. Veil te avisa de las palabras de tu lista de «nunca revelar», pero solo de las que hayas añadido.',
    },
    'text-veil-check-limits': {
      title: 'La revisión de texto de Veil puede pasar cosas por alto',
      body: 'Veil busca números de teléfono, correos, usuarios, direcciones y las palabras de tu lista de «nunca revelar». No puede conocer cada apodo, sitio de tu barrio o broma privada que lleve hasta ti, así que lee tu texto una vez más como lo leería una persona desconocida.',
    },
    'text-work-number': {
      title: 'Usa un número de trabajo, no el tuyo',
      body: 'Clientes y personas que hacen comprobaciones buscan los números de teléfono en internet, así que un número personal puede llevar directamente a ti. Una SIM de prepago aparte o un número por internet (VoIP) mantiene las dos cosas separadas. En webs con mensajería propia, puedes hablar por ahí hasta haber comprobado a la persona.',
    },
    'text-work-email': {
      title: 'Un correo solo para el trabajo',
      body: 'Un correo personal o de tu otro trabajo puede vincular tu perfil contigo, porque puede mostrar tu nombre o aparecer en búsquedas. Usa una dirección solo para citas y plataformas.',
    },
    'text-home-address': {
      title: 'Tu dirección, para ti',
      body: 'Nunca publiques tu dirección ni tu código postal completo. Para citas en tu lugar, da primero la calle, la zona o un punto de referencia, y la dirección exacta solo cuando el cliente ya esté fuera. Para el correo, vale la pena pensar en un apartado postal.',
    },
    'text-wider-area': {
      title: 'Menciona una zona más amplia',
      body: 'Un pueblo pequeño, una urbanización, el bar de la esquina o tu estación más cercana pueden señalar exactamente dónde estás. Es más seguro nombrar la ciudad o la región.',
    },
    'text-workplace': {
      title: 'No digas dónde trabajas o estudias',
      body: 'Una modelo de webcam mencionó su ciudad y la cadena de tiendas en la que trabajaba, y la localizaron en la sucursal exacta. Deja fuera de tus perfiles y chats de trabajo a tu empresa, tu centro de estudios, tu universidad y tu gimnasio.',
    },
    'text-car-details': {
      title: 'Los datos de tu coche te identifican',
      body: 'La marca, el modelo y el color de tu coche, y sobre todo la matrícula, pueden identificarte. Las matrículas se pueden consultar en registros, así que no las pongas en anuncios ni mensajes.',
    },
    'text-family-and-pets': {
      title: 'Nombres de familiares y mascotas',
      body: 'Los nombres de tu pareja, tus hijos o tus mascotas en un perfil o nombre de usuario llevan a tu vida real, y además suelen ser respuestas a preguntas para recuperar cuentas. No los pongas en perfiles ni contenido de trabajo.',
    },
    'text-marks-in-words': {
      title: 'Describir tatuajes o cicatrices',
      body: 'Describir con detalle un tatuaje, una cicatriz o una marca de nacimiento puede identificarte igual que una foto. Mejor no describirlos, o hacerlo de forma vaga.',
    },
    'text-details-add-up': {
      title: 'Los pequeños detalles se suman',
      body: 'Un nombre de pila junto a una afición poco común, un club o un equipo puede bastar para encontrar a alguien. Cada detalle parece inofensivo por sí solo; juntos, estrechan la búsqueda muy rápido. Mantén los detalles de tu perfil de trabajo en términos generales.',
    },
    'text-date-of-birth': {
      title: 'Di tu edad, no tu cumpleaños',
      body: 'Tu fecha de nacimiento completa aparece en tu documento de identidad y se usa a menudo para recuperar cuentas, así que ayuda a unir un perfil de trabajo con tu identidad real. Para un perfil basta con una edad o un rango de edad.',
    },
    'text-fresh-ad-copy': {
      title: 'Escribe textos nuevos para el trabajo',
      body: 'Hay directorios que copian anuncios, hay gente que copia textos palabra por palabra, y una búsqueda de la frase exacta encuentra todas las copias, también las de un blog personal. Escribe tu biografía de trabajo desde cero en lugar de reutilizar textos de otros sitios.',
    },
    'text-new-handles': {
      title: 'Un nombre de usuario nuevo para el trabajo',
      body: 'Las investigaciones muestran que solo con el nombre de usuario se puede relacionar una gran parte de los perfiles de distintas webs, porque la gente reutiliza unas pocas variantes. Elige usuarios de trabajo que no se parezcan en nada a los personales; Chaturbate y AdultWork aconsejan lo mismo.',
    },
    'text-writing-style': {
      title: 'Tu forma de escribir se puede reconocer',
      body: 'Hay programas que relacionan un texto anónimo con su autor: en un estudio de 2012 acertaron a la primera con la persona correcta entre 100.000 aproximadamente una de cada cinco veces. Las expresiones favoritas que también usas con tu nombre real son otro vínculo.',
    },
    'text-links-in-bio': {
      title: 'Comprueba adónde llevan tus enlaces',
      body: 'Webs personales, páginas de enlaces, listas de deseos y enlaces de pago pueden mostrar, al otro lado, un nombre legal o tu ciudad. Antes de ponerlos en tu biografía, abre cada enlace en una ventana privada, como lo haría una persona desconocida.',
    },
    'text-site-wording-rules': {
      title: 'Sigue las normas de redacción de la web',
      body: 'Algunas webs del Reino Unido exigen términos en clave para los servicios y prohíben el lenguaje explícito, y las normas se endurecieron con la Online Safety Act. Un anuncio que no las cumpla puede quedar oculto o eliminado, así que revisa las normas actuales antes de publicar.',
    },

    // C. Separar identidades
    'identity-one-work-name': {
      title: 'Un nombre de trabajo, el mismo en todas partes',
      body: 'Usar el mismo nombre de trabajo en todas tus cuentas de trabajo mantiene tus dos vidas más simples y separadas. Hay quien también tiene preparada una historia para quienes no saben a qué se dedica, y así ninguna pregunta le toma por sorpresa.',
    },
    'identity-work-phone': {
      title: 'Un teléfono o una SIM aparte',
      body: 'Tener un teléfono de trabajo, o al menos una SIM de trabajo, separado del personal es uno de los hábitos de seguridad más comunes. Manejar varios teléfonos cansa de verdad, así que elige una forma de organizarte que puedas mantener.',
    },
    'identity-work-email': {
      title: 'Un correo aparte para el trabajo',
      body: 'Crea una dirección de correo solo para citas y cuentas en plataformas, y regístrala únicamente con datos de trabajo. Así ningún recibo, enlace para cambiar la contraseña o mensaje de un cliente llega a tu correo personal.',
    },
    'identity-contact-syncing': {
      title: 'Di no a sincronizar tus contactos',
      body: 'Facebook llegó a sugerir clientes de una trabajadora en su perfil personal aunque usaba nombres, números y correos distintos. TikTok relaciona los contactos del teléfono y a quienes abrieron enlaces que enviaste. No des acceso a tus contactos a las apps de trabajo y no entres en tus redes personales desde un teléfono de trabajo.',
    },
    'identity-separate-browser': {
      title: 'Un navegador aparte para el trabajo',
      body: 'Usa un navegador, o al menos un perfil de navegador, solo para tu identidad de trabajo. No inicies sesión ahí en tus cuentas personales, borra las cookies de vez en cuando y desactiva el seguimiento publicitario, para que ambos lados dejen menos rastros en común.',
    },
    'identity-messaging-app-profile': {
      title: 'Revisa tu perfil en las apps de mensajería',
      body: 'Por defecto, WhatsApp muestra tu foto de perfil y tu «Info.» a cualquiera que tenga tu número. En un teléfono de trabajo, limítalos a tus contactos o a nadie, y no uses una foto personal.',
    },
    'identity-caller-id-apps': {
      title: 'Las apps de identificación de llamadas comparten nombres',
      body: 'Apps como Truecaller suben las agendas de sus usuarios, así que el nombre con el que alguien guardó tu número puede mostrarse a desconocidos. No des tu número de trabajo a quien conoce tu nombre legal, para que nunca quede guardado con ese nombre.',
    },
    'identity-search-yourself': {
      title: 'Búscate de vez en cuando',
      body: 'Cada pocos meses, busca tu nombre legal, tu nombre de trabajo, tus números, correos y usuarios. Anota qué encuentras y dónde. Usa la solicitud de retirada de Google y las opciones de exclusión de las empresas de datos, y desactiva el etiquetado en fotos en cada plataforma.',
    },
    'identity-location-and-vpn': {
      title: 'Ubicación desactivada, VPN activada',
      body: 'Desactiva los servicios de ubicación cuando publiques. Algunos clientes intentan averiguar la dirección IP de una trabajadora, que puede revelar una ubicación aproximada; una VPN ayuda, sobre todo en webs de webcam y en redes wifi públicas.',
    },

    // D. Pagos, regalos y correo
    'payments-apps-show-legal-name': {
      title: 'Las apps de pago pueden mostrar tu nombre legal',
      body: 'PayPal y apps parecidas están ligadas a tu identidad legal y pueden mostrar tu nombre a quien te paga. Venmo, además, hace públicos los pagos si no cambias el ajuste. Comprueba qué ve quien paga antes de compartir tu usuario.',
    },
    'payments-off-platform-risks': {
      title: 'Los riesgos de cobrar fuera de la plataforma',
      body: 'La mayoría de las apps de pago conocidas prohíben el trabajo para adultos. Pueden congelarte o cerrarte la cuenta, y un contracargo puede quitarte el dinero después de la cita o el show. Cobrar a través de la plataforma evita casi todo esto.',
    },
    'payments-bank-transfers': {
      title: 'Las transferencias muestran nombres en las dos direcciones',
      body: 'Una transferencia bancaria puede mostrar tu nombre a quien paga, y el suyo a ti. Hay quien usa una cuenta de empresa con un nombre comercial, para que un depósito no revele su nombre legal.',
    },
    'payments-wishlists-and-post': {
      title: 'Las listas de deseos y los regalos pueden delatarte',
      body: 'Las listas de deseos de Amazon son públicas y se pueden buscar por nombre o correo por defecto, y una mal configurada puede mostrar tu nombre completo y tu ciudad. Los vendedores externos pueden pasar tu dirección a otros. Un apartado postal ayuda con regalos y correo, pero revisa cada servicio: Throne no cubre pérdidas con apartados postales.',
    },
    'payments-who-holds-your-id': {
      title: 'Pregunta quién guarda tu documento',
      body: 'Los números de documento solo van en el paso de verificación de una web, nunca en un perfil ni en un chat. Antes de verificarte, es razonable preguntar: ¿puedo tapar partes del documento?, ¿cómo guardan el documento y el selfi?, ¿los borran después?, ¿cómo responden a peticiones legales?',
    },

    // E. Ajustes de las plataformas
    'settings-geo-block-home': {
      title: 'Bloquea tu zona',
      body: 'Muchas webs te dejan bloquear visitantes por ubicación: Fansly por país, región o ciudad, OnlyFans y MYM por país, iWantClips incluso por código postal. Bloquear donde vives reduce la probabilidad de que te vea gente que te conoce. No es infalible: con una VPN o viajando se puede esquivar.',
    },
    'settings-geo-block-limits': {
      title: 'El bloqueo por zona tiene límites',
      body: 'La gente viaja y usa VPN. Una guía no oficial dice que el bloqueo geográfico de OnlyFans no impide que los buscadores muestren tu página, y las webs de filtraciones y de copias ignoran tus ajustes por completo. Úsalo junto a tus otros hábitos, no en su lugar.',
    },
    'settings-fansly-privacy': {
      title: 'Las opciones de privacidad de Fansly',
      body: 'Además del bloqueo por ubicación, Fansly ofrece un muro solo para seguidores y puede ocultar las propinas que recibes. Quien está bloqueado ve un error o una página en blanco, y desapareces de su búsqueda y su feed. Aun así, con una VPN o viajando se puede esquivar.',
    },
    'settings-watermarks-and-copyright': {
      title: 'Marcas de agua, retiradas y derechos de autor',
      body: 'OnlyFans pone marca de agua al contenido por defecto y recibe denuncias de piratería por correo. En el Reino Unido, quien hace las fotos puede tener los derechos de autor de tus imágenes si no te los cede por escrito, y eso importa antes de enviar solicitudes de retirada.',
    },
    'settings-old-profiles': {
      title: 'Retira los anuncios y perfiles viejos',
      body: 'Los anuncios antiguos y las copias siguen ahí mucho después de que dejes de usarlos. Oculta o borra los perfiles que ya no necesites y pide que retiren las copias. Tryst oculta un perfil tras 90 días sin actividad, y puedes cambiarlo.',
    },
    'settings-block-and-report-tools': {
      title: 'Usa las herramientas para bloquear y denunciar',
      body: 'Fansly y Fanvue te permiten bloquear usuarios, y la lista negra de AdultWork oculta un perfil de tus búsquedas. Las denuncias con capturas de pantalla tienen más peso; Fanvue dice que revisa las denuncias en 24 horas.',
    },
    'settings-uk-rule-changes': {
      title: 'Los cambios de normas en el Reino Unido pueden ocultar contenido',
      body: 'Desde la Online Safety Act, AdultWork exige que las imágenes y textos gratuitos sean aptos para todo público y restringe por edad los perfiles principales, y Vivastreet prohíbe desnudos y texto explícito en sus secciones para adultos que no son de escorts. El contenido que no encaje puede quedar oculto o eliminado.',
    },
    'settings-more-than-one-channel': {
      title: 'No dependas de una sola plataforma',
      body: 'Los bloqueos en la sombra y las suspensiones repentinas en X y Reddit pueden dejarte sin ingresos y sin clientes habituales de un día para otro. Guarda copias de tu contenido y ten más de una forma de que la gente te encuentre.',
    },
    'settings-streams-can-be-recorded': {
      title: 'Los shows en directo se pueden grabar',
      body: 'Cualquiera que esté mirando puede grabar una emisión. Lo que controlas es la moderación de la sala, el bloqueo por países y una marca de agua en pantalla, que OBS puede añadir. Todo lo que hay en la habitación también sale en cámara, desde la ventana hasta las cartas sobre la mesa.',
    },
    'settings-ask-about-data': {
      title: 'Pregunta cómo trata tus datos una web',
      body: 'Los directorios no son todos iguales. Tryst dice que guarda los mínimos datos posibles y que verifica los documentos con su propio personal; otras webs pasan los documentos a empresas externas. Infórmate antes de registrarte y comparte solo lo que te parezca bien.',
    },

    // F. Cuentas y dispositivos
    'accounts-unique-passwords': {
      title: 'Una contraseña distinta para cada web',
      body: 'Si una web sufre una filtración, o quien la gestiona resulta ser deshonesto, una contraseña repetida abre también tus otras cuentas. Un gestor de contraseñas, o una lista guardada en un lugar seguro sin conexión, hace fácil tener contraseñas únicas.',
    },
    'accounts-two-step-login': {
      title: 'Activa la verificación en dos pasos',
      body: 'La verificación en dos pasos con una app de autenticación frena la mayoría de los robos de cuentas. Guarda los códigos de respaldo en un lugar seguro, lejos de tu teléfono, para que perderlo no te deje fuera.',
    },
    'accounts-phishing': {
      title: 'Detecta mensajes falsos de «soporte»',
      body: 'Las plataformas de verdad no te piden la contraseña por SMS ni fuera de su propia web. Comprueba la dirección web exacta antes de iniciar sesión. Hay estafadores que se han hecho pasar por personal de la web en Skype y apps parecidas.',
    },
    'accounts-lost-phone': {
      title: 'Prepárate por si pierdes el teléfono',
      body: 'Pon un bloqueo de pantalla, activa Find My (iPhone) o Find Hub (Android), haz copias de seguridad y apunta tus códigos de recuperación. Si pierdes el teléfono de trabajo, podrás bloquearlo y volver a entrar en tus cuentas.',
    },
    'accounts-shared-devices': {
      title: 'Dispositivos compartidos y parejas',
      body: 'Compartir teléfonos, ordenadores y contraseñas hace difícil mantener el trabajo en privado. Algunas parejas maltratadoras amenazan con denunciar a la policía a quien hace trabajo sexual. Si te está pasando, no es culpa tuya, y hay servicios de apoyo que pueden ayudarte.',
    },
    'accounts-delete-screening-notes': {
      title: 'Borra después tus notas de comprobación',
      body: 'Cuando termina una cita, borrar los datos de comprobación que ya no necesitas os protege a tu cliente y a ti si alguna vez pierdes un teléfono u ordenador, te lo hackean o te lo quitan.',
    },

    // G. Acoso, chantaje y amenazas de exponerte
    'threat-save-evidence-first': {
      title: 'Primero, para y guarda pruebas',
      body: 'Si alguien te amenaza o te acosa, no tienes que responder enseguida. Antes de bloquear o borrar nada, guarda capturas de los mensajes, perfiles, nombres de usuario, enlaces, fechas y horas. Graba la pantalla de las historias antes de que desaparezcan.',
    },
    'threat-do-not-pay': {
      title: 'No pagues ni envíes más',
      body: 'Si alguien te pide dinero o más contenido a cambio de callarse, pagar o enviar suele traer más exigencias, no menos. Deja de negociar, conserva las pruebas y busca apoyo.',
    },
    'threat-block-and-report': {
      title: 'Después, bloquea y denuncia',
      body: 'Cuando tengas las pruebas guardadas, bloquea a esa persona en todos los canales que use y denuncia sus cuentas en cada plataforma. No le debes ninguna respuesta.',
    },
    'threat-outing-is-common': {
      title: 'Las amenazas de exponerte son frecuentes, y no es culpa tuya',
      body: 'Exparejas, clientes e incluso jefes usan amenazas de revelar tu trabajo. En el sistema Ugly Mugs de los Países Bajos, cerca de la mitad de los avisos eran por abuso o intimidación, y el 31 % de los clientes peligrosos chantajeó con su identidad de trabajo. No estás sola ni solo: hay ayuda.',
    },
    'threat-after-a-doxx': {
      title: 'Si han publicado tus datos (doxxing)',
      body: 'Pide a las webs que retiren las publicaciones, protege tus cuentas y cuéntaselo a personas de confianza. Pide a tus amistades que no respondan ni citen la publicación: eso la difunde más.',
    },
    'threat-intimate-images-stopncii': {
      title: 'Si se filtran imágenes íntimas o amenazan con hacerlo',
      body: 'Denúncialas en la plataforma y envía solicitudes de retirada o por derechos de autor. StopNCII crea una huella digital (hash) de tus imágenes en tu propio dispositivo; solo se comparte esa huella, con socios como OnlyFans, Facebook e Instagram. ¿Menor de 18? Usa Take It Down, del NCMEC.',
    },

    // H. Denuncias y apoyo en el Reino Unido
    'uk-national-ugly-mugs': {
      title: 'National Ugly Mugs (Reino Unido)',
      body: 'NUM es una organización benéfica del Reino Unido para trabajadoras y trabajadores sexuales, gratuita y confidencial. Puedes unirte con tu nombre de trabajo, informar de incidentes por web, app o teléfono y recibir alertas sobre personas peligrosas. Solo pasa los informes a la policía si estás de acuerdo, y puede transmitir información de forma anónima.',
    },
    'uk-num-checker': {
      title: 'Comprueba a un cliente con NUM Checker',
      body: 'El comprobador de NUM permite a sus miembros consultar el teléfono, el correo o el usuario de un cliente entre los avisos de otras trabajadoras. También se puede usar desde una cuenta de Vivastreet. En la investigación Beyond the Gaze, el 85 % de las personas encuestadas comprobaba a sus clientes por internet.',
    },
    'uk-revenge-porn-helpline': {
      title: 'Revenge Porn Helpline (Reino Unido)',
      body: 'Línea de ayuda del Reino Unido para personas adultas cuyas imágenes íntimas se han compartido o con las que amenazan, con consejos para creadoras de contenido y trabajadoras sexuales. Ayuda con retiradas y chantajes y gestiona StopNCII. Llama al 0345 6000 459, de lunes a viernes de 10:00 a 16:00 (comprueba el horario en su web).',
    },
    'uk-police-options': {
      title: 'Ir a la policía, o no',
      body: 'En el Reino Unido puedes llamar al 101 o denunciar por internet si no es una emergencia, o denunciar de forma anónima a través de National Ugly Mugs. Mucha gente que hace trabajo sexual decide no acudir a la policía, y es tu decisión. En una emergencia, llama al 999.',
    },
    'uk-harassment-law': {
      title: 'Dos incidentes pueden ser acoso',
      body: 'En Inglaterra y Gales, el acoso puede consistir en dos o más incidentes angustiosos, aunque sean distintos y con meses de diferencia (Protection from Harassment Act 1997). Anota cada uno con su fecha.',
    },
    'uk-intimate-image-law': {
      title: 'Compartir imágenes o amenazar con hacerlo es delito',
      body: 'En Inglaterra y Gales, compartir imágenes íntimas sin consentimiento, o amenazar con hacerlo, es delito desde el 31 de enero de 2024, también con deepfakes. La Revenge Porn Helpline señala que las imágenes ya vendidas comercialmente han sido una zona gris, así que pide asesoramiento actualizado.',
    },
    'uk-local-projects': {
      title: 'Proyectos de apoyo locales',
      body: 'Proyectos del Reino Unido como SWOP Sussex (Oasis Project), Basis y SWOSH ayudan con planes de seguridad, acompañamiento y a la hora de denunciar. Vale la pena localizar el más cercano antes de necesitarlo.',
    },
    'uk-working-together-law': {
      title: 'Trabajar con otra persona y la ley',
      body: 'Trabajar junto a otra persona es más seguro, pero en el Reino Unido puede convertir legalmente el lugar en un burdel. Pide asesoramiento a la organización Release antes de organizarlo.',
    },

    // I. Otros países
    'intl-ireland': {
      title: 'Irlanda: Ugly Mugs Ireland',
      body: 'Para unirte a Ugly Mugs Ireland basta con un nombre de trabajo y datos de contacto de trabajo. Los avisos son solo para trabajadoras y trabajadores sexuales; la información sobre agresores puede pasar a la policía o a grupos de apoyo, y los datos de los miembros se anonimizan para investigación.',
    },
    'intl-netherlands': {
      title: 'Países Bajos: Ugly Mugs NL y swdigitaal.nl',
      body: 'Ugly Mugs NL, gestionado por SOA Aids Nederland desde abril de 2022, envió más de 15.000 avisos en su primer año. Para la seguridad digital, swdigitaal.nl tiene una guía detallada en neerlandés e inglés.',
    },
    'intl-germany': {
      title: 'Alemania: registrarte con un alias',
      body: 'Con la Ley de Protección de las Personas que Ejercen la Prostitución, el certificado de registro se puede emitir con un alias. Usa un teléfono y un correo de trabajo aparte, y ten en cuenta que los clientes pueden grabar los shows por webcam.',
    },
    'intl-belgium-switzerland-finland': {
      title: 'Bélgica, Suiza y Finlandia',
      body: 'Violett (Bélgica) recomienda buscarte en internet y usar el formulario de retirada de Google. Aspasie (Suiza) recomienda decir a un contacto de emergencia adónde vas y compartir una lista de clientes peligrosos. Pro-tukipiste (Finlandia) recomienda una SIM de prepago y no dejar a la vista papeles ni códigos de la puerta.',
    },
    'intl-australia': {
      title: 'Australia: SWOP NSW',
      body: 'SWOP NSW recomienda pensarlo antes de compartir datos personales, porque no puedes controlar adónde llegan, y tener preparada una versión para quien pregunte. Switter, una red social de trabajadoras sexuales, cerró en marzo de 2022: las plataformas pueden desaparecer.',
    },
    'intl-canada': {
      title: 'Canadá: Bad Date Canada',
      body: 'La guía de seguridad y privacidad de Bad Date Canada y SWAN Waterloo trata la comprobación de clientes, los números VoIP, los metadatos de las fotos, las marcas de agua, la verificación en dos pasos, las VPN y las listas comunitarias de clientes peligrosos.',
    },
    'intl-us-and-worldwide': {
      title: 'Estados Unidos y el resto del mundo',
      body: 'Desde FOSTA-SESTA (2018), muchas webs de anuncios se fueron al extranjero y comprobar a los clientes es más difícil. Las guías de NSWP tratan la seguridad digital en todo el mundo. La línea de ayuda de Access Now atiende, previa verificación, a activistas y personas defensoras de derechos humanos, quizá también a quienes organizan a trabajadoras sexuales.',
    },
  },
} as const satisfies LocaleText;
