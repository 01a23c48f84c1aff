/**
 * Portuguese: Brazilian usage with "você", the register of outreach material for Brazilian
 * workers, and understandable in Portugal. Neutral words where the variants differ (telefone
 * rather than celular/telemóvel). Organisation names stay as they are; UK-only routes say so.
 */
import type { LocaleText } from './types.ts';

export const PT = {
  categories: {
    'photos-media': 'Fotos e vídeos',
    'profile-text': 'Texto do perfil e dos anúncios',
    'separating-identities': 'Separar o trabalho da vida pessoal',
    'payments-gifts-post': 'Pagamentos, presentes e correio',
    'platform-settings': 'Configurações das plataformas',
    'accounts-devices': 'Contas e aparelhos',
    'harassment-blackmail-outing': 'Assédio, chantagem e ameaças de exposição',
    'support-uk': 'Denúncia e apoio no Reino Unido',
    'support-elsewhere': 'Apoio em outros países',
  },
  tips: {
    // A. Fotos e vídeos
    'photo-veil-cleans-file-not-picture': {
      title: 'O Veil limpa o arquivo, não a imagem',
      body: 'O Veil apaga dados ocultos como localização, datas e informações da câmera. Ele não muda o que aparece na imagem: seu rosto, suas tatuagens, o quarto atrás de você, reflexos ou a vista de uma janela. Antes de postar, reserve alguns segundos para olhar a imagem inteira.',
    },
    'photo-location-data': {
      title: 'Suas fotos podem levar sua localização',
      body: 'A câmera do telefone pode gravar as coordenadas de GPS, o horário e o modelo do aparelho dentro de cada foto e vídeo. Numa checagem informal de dez fotos de sites de profissionais do sexo, oito ainda tinham a localização. O Veil apaga isso nos sites protegidos; desligar a localização no app da câmera evita que ela seja gravada.',
    },
    'photo-sites-keep-originals': {
      title: 'Não conte com o site para limpar seus arquivos',
      body: 'Algumas plataformas apagam os dados ocultos e outras não, e isso muda com o tempo. Fotos enviadas como arquivo pelo WhatsApp ou Telegram costumam chegar intactas, e algumas plataformas grandes leem sua localização antes de escondê-la. São testes de empresas, não garantias: limpe os arquivos por conta própria, principalmente em chats e mensagens privadas.',
    },
    'photo-device-details': {
      title: 'Sua câmera deixa uma assinatura',
      body: 'Além da localização, um arquivo pode guardar o modelo do seu telefone, um número de série, o horário exato e o nome original do arquivo. Juntos, eles podem mostrar que fotos de contas diferentes vieram do mesmo aparelho. O Veil apaga isso do que limpa; se for enviar algo por outro caminho, passe antes pelo limpador do Veil.',
    },
    'photo-heic-and-screenshots': {
      title: 'Fotos HEIC e o truque do print',
      body: 'As fotos HEIC do iPhone, e também arquivos WebP e PNG, podem ter dados ocultos. Capturas de tela (prints) não têm, mas alguns sites de anúncios recusam prints, e o Tryst não aceita HEIC. Exportar a foto como JPEG ou PNG e limpar esse arquivo resolve os dois problemas.',
    },
    'photo-tryst-rules': {
      title: 'As regras de fotos do Tryst',
      body: 'O Tryst recusa arquivos HEIC, prints, colagens e fotos com texto, contatos ou uma placa de carro legível. Ele coloca a própria marca d’água e aceita adesivos pequenos sobre o rosto ou as tatuagens. O Veil limpa os arquivos sem convertê-los, então exporte fotos HEIC como JPEG antes de enviar aqui.',
    },
    'photo-face-search': {
      title: 'Rostos podem ser pesquisados',
      body: 'Existem serviços de busca facial que ligam uma foto de trabalho às suas redes pessoais ou a conteúdo vazado. Uma profissional do Reino Unido acredita que foi assim que a polícia descobriu o nome dela de registro. Mostrar o rosto é escolha sua; cortar, desfocar ou usar máscara são opções se você preferir não mostrar.',
    },
    'photo-copies-outlive-accounts': {
      title: 'As cópias podem durar mais que sua conta',
      body: 'Apagar uma foto, ou a conta inteira, não remove as cópias que outras pessoas já salvaram ou copiaram. Depois de compartilhado, você não controla para onde vai. Antes de postar, pode ajudar se perguntar: tudo bem se essa imagem ainda estiver circulando daqui a alguns anos?',
    },
    'photo-tattoos-and-marks': {
      title: 'Tatuagens, cicatrizes e marcas de nascença',
      body: 'Uma tatuagem, cicatriz ou marca de nascença marcante pode identificar você tanto quanto o rosto, e o Veil não consegue escondê-la. O mais comum é cobrir, desfocar ou deixar fora do enquadramento. Alguns sites, como o Tryst, aceitam adesivos pequenos para isso.',
    },
    'photo-reflections': {
      title: 'Confira espelhos, óculos e telas',
      body: 'Espelhos, óculos escuros, olhos, telas e superfícies brilhantes podem refletir você, seu quarto ou a vista lá fora. Um perseguidor encontrou a casa de uma cantora japonesa pela paisagem refletida nos olhos dela. Dê zoom em qualquer reflexo antes de postar.',
    },
    'photo-views-and-landmarks': {
      title: 'Janelas, vistas e lugares conhecidos',
      body: 'O horizonte da cidade, um prédio marcante, a placa de uma loja ou a rua lá fora podem revelar onde você mora ou trabalha. Fotografe de costas para as janelas ou desfoque o que aparece lá fora. O Veil não muda nada do que se vê na imagem.',
    },
    'video-watch-it-through': {
      title: 'Assista ao seu vídeo inteiro uma vez',
      body: 'Um vídeo mostra muito mais que uma foto: cada canto do quarto, a vista quando a câmera se mexe, reflexos que passam num segundo. O Veil apaga os dados ocultos do arquivo, não o que aparece na tela. Antes de enviar, assista inteiro prestando atenção só no fundo.',
    },
    'photo-writing-in-frame': {
      title: 'Qualquer coisa com algo escrito',
      body: 'Encomendas, cartas, contas, crachás ou bilhetes no fundo podem mostrar um nome ou endereço. Um número ou perfil escrito na própria imagem também; o Tryst recusa fotos com texto ou contatos. Tire essas coisas do enquadramento ou desfoque.',
    },
    'photo-number-plates': {
      title: 'Carros e placas',
      body: 'Uma placa legível permite chegar a quem é dono do carro, e placas estão entre as primeiras coisas que as pessoas checam. Deixe os carros fora da foto ou desfoque a placa. O Tryst recusa fotos em que dá para ler uma placa.',
    },
    'photo-family-and-belongings': {
      title: 'Deixe a família e as coisas pessoais de fora',
      body: 'Não coloque familiares, crianças, animais de estimação nem objetos reconhecíveis nas suas fotos e vídeos de trabalho. Um porta-retratos, sua caneca favorita ou um pet que também aparece nas suas redes pessoais pode ligar uma coisa à outra.',
    },
    'photo-uniforms-and-logos': {
      title: 'Uniformes, logotipos e pistas do seu outro trabalho',
      body: 'Um uniforme, um crachá ou o logotipo de uma empresa podem levar alguém até o seu outro trabalho. Uma modelo de webcam foi localizada na filial exata da loja onde trabalhava. Logotipos de marcas também podem causar problemas com a própria marca.',
    },
    'photo-fresh-for-work': {
      title: 'Tire fotos novas para o trabalho',
      body: 'Fotos que já estão nas suas redes pessoais, ou tiradas em lugares onde as pessoas conhecem você, podem ser pesquisadas de trás para frente até o seu nome de registro. Tire fotos novas para o trabalho em vez de reaproveitar as pessoais.',
    },
    'photo-reverse-search-yourself': {
      title: 'Faça uma busca reversa das suas fotos',
      body: 'De vez em quando, coloque suas fotos de trabalho numa busca reversa de imagens. Assim você encontra repostagens, sites que copiam conteúdo e perfis se passando por você. Os conselhos da Revenge Porn Helpline para profissionais do sexo explicam como fazer.',
    },
    'photo-watermark-trade-off': {
      title: 'A marca d’água tem dois lados',
      body: 'Uma marca d’água pequena com seu nome de trabalho desestimula quem quer roubar seu conteúdo. O OnlyFans coloca uma por padrão e o Tryst coloca a dele. Mas ela também liga todas as suas imagens entre si, então use só o nome de trabalho, nunca nada pessoal.',
    },

    // B. Texto do perfil e dos anúncios
    'text-legal-name': {
      title: 'Não coloque seu nome de registro',
      body: 'Use seu nome de trabalho em tudo que for do trabalho, inclusive com clientes, e deixe seu nome e sobrenome de registro fora de perfis, anúncios e chats. O Veil avisa sobre as palavras da sua lista «nunca revelar», mas só das que você adicionou.',
    },
    'text-veil-check-limits': {
      title: 'A verificação de texto do Veil pode deixar passar coisas',
      body: 'O Veil procura números de telefone, e-mails, perfis, endereços e as palavras da sua lista «nunca revelar». Ele não tem como saber cada apelido, lugar do seu bairro ou piada interna que leve até você, então leia seu texto mais uma vez como uma pessoa desconhecida leria.',
    },
    'text-work-number': {
      title: 'Use um número de trabalho, não o seu',
      body: 'Clientes e quem faz checagens pesquisam números de telefone na internet, então um número pessoal pode levar direto a você. Um chip pré-pago separado ou um número pela internet (VoIP) mantém as duas coisas separadas. Em sites com mensagens próprias, você pode conversar por lá até checar a pessoa.',
    },
    'text-work-email': {
      title: 'Um e-mail só para o trabalho',
      body: 'Um e-mail pessoal ou do seu outro emprego pode ligar seu perfil a você, porque pode mostrar seu nome ou aparecer em buscas. Use um endereço só para atendimentos e plataformas.',
    },
    'text-home-address': {
      title: 'Seu endereço é só seu',
      body: 'Nunca publique seu endereço residencial nem seu código postal completo. Para atendimentos no seu local, passe primeiro a rua, o bairro ou um ponto de referência, e o endereço exato só quando o cliente já estiver lá fora. Para correspondência, vale a pena pensar numa caixa postal.',
    },
    'text-wider-area': {
      title: 'Cite uma região mais ampla',
      body: 'Uma cidade pequena, um conjunto habitacional, o bar da esquina ou a estação mais próxima podem apontar exatamente onde você está. É mais seguro citar a cidade ou a região.',
    },
    'text-workplace': {
      title: 'Não diga onde você trabalha ou estuda',
      body: 'Uma modelo de webcam mencionou a cidade e a rede de lojas onde trabalhava e foi localizada na filial exata. Deixe empresa, escola, faculdade e academia fora dos seus perfis e chats de trabalho.',
    },
    'text-car-details': {
      title: 'Os dados do seu carro identificam você',
      body: 'A marca, o modelo e a cor do seu carro, e principalmente a placa, podem identificar você. Placas podem ser consultadas em registros, então não coloque em anúncios nem mensagens.',
    },
    'text-family-and-pets': {
      title: 'Nomes de familiares e pets',
      body: 'Os nomes do seu parceiro ou parceira, dos seus filhos ou dos seus pets num perfil ou nome de usuário levam à sua vida real, e costumam ser respostas de perguntas de recuperação de conta. Não use esses nomes em perfis nem em conteúdo de trabalho.',
    },
    'text-marks-in-words': {
      title: 'Descrever tatuagens ou cicatrizes',
      body: 'Descrever em detalhe uma tatuagem, cicatriz ou marca de nascença pode identificar você tanto quanto uma foto. Melhor não descrever, ou descrever de forma vaga.',
    },
    'text-details-add-up': {
      title: 'Pequenos detalhes se somam',
      body: 'Um primeiro nome junto com um hobby incomum, um clube ou um time pode bastar para encontrar alguém. Sozinho, cada detalhe parece inofensivo; juntos, eles estreitam a busca muito rápido. Mantenha os detalhes do perfil de trabalho genéricos.',
    },
    'text-date-of-birth': {
      title: 'Diga sua idade, não seu aniversário',
      body: 'Sua data de nascimento completa está no seu documento e é muito usada para recuperar contas, então ajuda a ligar um perfil de trabalho à sua identidade real. Para um perfil, basta uma idade ou uma faixa de idade.',
    },
    'text-fresh-ad-copy': {
      title: 'Escreva textos novos para o trabalho',
      body: 'Há sites que copiam anúncios, há gente que copia textos palavra por palavra, e uma busca pela frase exata encontra todas as cópias, inclusive num blog pessoal. Escreva sua bio de trabalho do zero em vez de reaproveitar textos de outros lugares.',
    },
    'text-new-handles': {
      title: 'Um nome de usuário novo para o trabalho',
      body: 'Pesquisas mostram que só o nome de usuário já liga boa parte dos perfis em sites diferentes, porque as pessoas reutilizam poucas variações. Escolha nomes de trabalho que não tenham nada a ver com os pessoais; o Chaturbate e o AdultWork dão o mesmo conselho.',
    },
    'text-writing-style': {
      title: 'Seu jeito de escrever pode ser reconhecido',
      body: 'Existem programas que ligam um texto anônimo ao seu autor: num estudo de 2012, eles acertaram de primeira a pessoa certa entre 100.000 mais ou menos uma vez a cada cinco. Expressões favoritas que você também usa com seu nome verdadeiro são outro elo.',
    },
    'text-links-in-bio': {
      title: 'Veja aonde seus links levam',
      body: 'Sites pessoais, páginas de links, listas de desejos e links de pagamento podem mostrar, do outro lado, um nome de registro ou sua cidade. Antes de colocar na bio, abra cada link numa janela anônima, como uma pessoa desconhecida faria.',
    },
    'text-site-wording-rules': {
      title: 'Siga as regras de texto do site',
      body: 'Alguns sites do Reino Unido exigem termos em código para os serviços e proíbem linguagem explícita, e as regras ficaram mais rígidas com a Online Safety Act. Um anúncio fora das regras pode ser escondido ou removido, então confira as regras atuais antes de publicar.',
    },

    // C. Separar identidades
    'identity-one-work-name': {
      title: 'Um nome de trabalho, o mesmo em todo lugar',
      body: 'Usar o mesmo nome de trabalho em todas as suas contas de trabalho deixa suas duas vidas mais simples e separadas. Algumas pessoas também têm uma história pronta para quem não sabe do seu trabalho, para nenhuma pergunta pegar de surpresa.',
    },
    'identity-work-phone': {
      title: 'Um telefone ou chip separado',
      body: 'Ter um telefone de trabalho, ou pelo menos um chip de trabalho, separado do pessoal é um dos hábitos de segurança mais comuns. Cuidar de vários telefones cansa de verdade, então escolha um jeito de se organizar que você consiga manter.',
    },
    'identity-work-email': {
      title: 'Um e-mail separado para o trabalho',
      body: 'Crie um endereço de e-mail só para atendimentos e contas nas plataformas, e cadastre esse e-mail só com dados de trabalho. Assim nenhum recibo, link de troca de senha ou mensagem de cliente cai no seu e-mail pessoal.',
    },
    'identity-contact-syncing': {
      title: 'Diga não à sincronização de contatos',
      body: 'O Facebook chegou a sugerir clientes de uma profissional no perfil pessoal dela, mesmo com nomes, números e e-mails diferentes. O TikTok cruza os contatos do telefone e quem abriu links que você enviou. Não dê acesso aos contatos para apps de trabalho e não entre nas redes pessoais num telefone de trabalho.',
    },
    'identity-separate-browser': {
      title: 'Um navegador separado para o trabalho',
      body: 'Use um navegador, ou pelo menos um perfil de navegador, só para sua identidade de trabalho. Não entre nas suas contas pessoais nele, limpe os cookies de vez em quando e desative o rastreamento de anúncios, para que os dois lados deixem menos rastros em comum.',
    },
    'identity-messaging-app-profile': {
      title: 'Confira seu perfil nos apps de mensagem',
      body: 'Por padrão, o WhatsApp mostra sua foto de perfil e seu «Recado» para qualquer pessoa que tenha seu número. Num telefone de trabalho, limite isso aos seus contatos ou a ninguém, e não use uma foto pessoal.',
    },
    'identity-caller-id-apps': {
      title: 'Apps de identificação de chamadas compartilham nomes',
      body: 'Apps como o Truecaller enviam as agendas dos usuários, então o nome com que alguém salvou seu número pode aparecer para desconhecidos. Não dê seu número de trabalho para quem conhece seu nome de registro, para que ele nunca fique salvo com esse nome.',
    },
    'identity-search-yourself': {
      title: 'Pesquise sobre você de vez em quando',
      body: 'A cada poucos meses, pesquise seu nome de registro, seu nome de trabalho, seus números, e-mails e perfis. Anote o que encontrar e onde. Use o pedido de remoção do Google e as opções de exclusão das empresas de dados, e desative a marcação em fotos em cada plataforma.',
    },
    'identity-location-and-vpn': {
      title: 'Localização desligada, VPN ligada',
      body: 'Desligue os serviços de localização quando for postar. Alguns clientes tentam descobrir o endereço IP de uma profissional, o que pode revelar uma localização aproximada; uma VPN ajuda, principalmente em sites de webcam e em redes Wi-Fi públicas.',
    },

    // D. Pagamentos, presentes e correio
    'payments-apps-show-legal-name': {
      title: 'Apps de pagamento podem mostrar seu nome de registro',
      body: 'O PayPal e apps parecidos estão ligados à sua identidade oficial e podem mostrar seu nome para quem paga você. O Venmo ainda deixa os pagamentos públicos se você não mudar a configuração. Veja o que quem paga consegue ver antes de passar seu perfil.',
    },
    'payments-off-platform-risks': {
      title: 'Os riscos de receber fora da plataforma',
      body: 'A maioria dos apps de pagamento conhecidos proíbe trabalho adulto. A conta pode ser congelada ou encerrada, e um estorno pode levar o dinheiro de volta depois do atendimento ou do show. Receber pela plataforma evita quase tudo isso.',
    },
    'payments-bank-transfers': {
      title: 'Transferências mostram nomes dos dois lados',
      body: 'Uma transferência bancária pode mostrar seu nome para quem paga, e o nome dessa pessoa para você. Algumas pessoas usam uma conta empresarial com um nome comercial, para que um depósito não revele o nome de registro.',
    },
    'payments-wishlists-and-post': {
      title: 'Listas de desejos e presentes podem entregar você',
      body: 'As listas de desejos da Amazon são públicas e podem ser encontradas por nome ou e-mail por padrão, e uma lista mal configurada pode mostrar seu nome completo e sua cidade. Vendedores terceiros podem repassar seu endereço. Uma caixa postal ajuda com presentes e correio, mas confira cada serviço: o Throne não cobre perdas envolvendo caixas postais.',
    },
    'payments-who-holds-your-id': {
      title: 'Pergunte quem guarda seu documento',
      body: 'Números de documento só entram na etapa de verificação de um site, nunca num perfil ou chat. Antes de se verificar, é justo perguntar: posso cobrir partes do documento? Como o documento e a selfie são guardados? São apagados depois? Como o site responde a pedidos da justiça?',
    },

    // E. Configurações das plataformas
    'settings-geo-block-home': {
      title: 'Bloqueie a sua região',
      body: 'Muitos sites deixam você bloquear visitantes por localização: o Fansly por país, região ou cidade, o OnlyFans e o MYM por país, o iWantClips até por código postal. Bloquear onde você mora diminui a chance de alguém que conhece você ver seu conteúdo. Não é infalível: VPN e viagens driblam o bloqueio.',
    },
    'settings-geo-block-limits': {
      title: 'O bloqueio por região tem limites',
      body: 'As pessoas viajam e usam VPN. Um guia não oficial diz que o bloqueio geográfico do OnlyFans não impede que buscadores mostrem sua página, e sites de vazamentos e de cópias ignoram totalmente suas configurações. Use o bloqueio junto com seus outros cuidados, não no lugar deles.',
    },
    'settings-fansly-privacy': {
      title: 'As opções de privacidade do Fansly',
      body: 'Além do bloqueio por localização, o Fansly oferece uma linha do tempo só para seguidores e pode esconder as gorjetas que você recebe. Quem foi bloqueado vê um erro ou uma página em branco, e você some da busca e do feed dessa pessoa. Mesmo assim, VPN e viagens driblam o bloqueio.',
    },
    'settings-watermarks-and-copyright': {
      title: 'Marcas d’água, remoções e direitos autorais',
      body: 'O OnlyFans coloca marca d’água no conteúdo por padrão e recebe denúncias de pirataria por e-mail. No Reino Unido, quem tira as fotos pode ser dono dos direitos autorais das suas imagens se não passar esses direitos para você por escrito, e isso importa antes de mandar pedidos de remoção.',
    },
    'settings-old-profiles': {
      title: 'Tire do ar anúncios e perfis antigos',
      body: 'Anúncios antigos e cópias continuam por aí muito depois de você parar de usá-los. Esconda ou apague os perfis de que não precisa mais e peça a remoção das cópias. O Tryst esconde um perfil depois de 90 dias sem atividade, e você pode mudar isso.',
    },
    'settings-block-and-report-tools': {
      title: 'Use as ferramentas de bloquear e denunciar',
      body: 'O Fansly e o Fanvue deixam você bloquear usuários, e a lista negra do AdultWork esconde um perfil das suas buscas. Denúncias com prints têm mais peso; o Fanvue diz que analisa as denúncias em até 24 horas.',
    },
    'settings-uk-rule-changes': {
      title: 'Mudanças nas regras do Reino Unido podem esconder conteúdo',
      body: 'Desde a Online Safety Act, o AdultWork exige que imagens e textos gratuitos sejam adequados para todos os públicos e restringe por idade os perfis principais, e o Vivastreet proíbe nudez e texto explícito nas seções adultas que não são de acompanhantes. Conteúdo fora das regras pode ser escondido ou removido.',
    },
    'settings-more-than-one-channel': {
      title: 'Não dependa de uma plataforma só',
      body: 'Shadowbans e suspensões repentinas no X e no Reddit podem cortar sua renda e seu contato com clientes fixos da noite para o dia. Guarde cópias do seu conteúdo e tenha mais de um jeito de as pessoas encontrarem você.',
    },
    'settings-streams-can-be-recorded': {
      title: 'Shows ao vivo podem ser gravados',
      body: 'Qualquer pessoa assistindo pode gravar uma transmissão. O que você controla é a moderação da sala, o bloqueio por países e uma marca d’água na tela, que o OBS consegue colocar. Tudo o que está no quarto também aparece na câmera, da janela às cartas em cima da mesa.',
    },
    'settings-ask-about-data': {
      title: 'Pergunte como o site trata seus dados',
      body: 'Os sites de anúncios não são todos iguais. O Tryst diz que guarda o mínimo de dados possível e verifica documentos com a própria equipe; outros sites passam os documentos para empresas de fora. Informe-se antes de se cadastrar e compartilhe só o que você achar tranquilo.',
    },

    // F. Contas e aparelhos
    'accounts-unique-passwords': {
      title: 'Uma senha diferente para cada site',
      body: 'Se um site vaza dados, ou quem o administra se revela desonesto, uma senha repetida abre também suas outras contas. Um gerenciador de senhas, ou uma lista guardada em lugar seguro e fora da internet, torna fácil ter senhas únicas.',
    },
    'accounts-two-step-login': {
      title: 'Ative a verificação em duas etapas',
      body: 'A verificação em duas etapas com um app autenticador impede a maioria das invasões de conta. Guarde os códigos de backup num lugar seguro, longe do telefone, para que perder o aparelho não deixe você sem acesso.',
    },
    'accounts-phishing': {
      title: 'Reconheça mensagens falsas de «suporte»',
      body: 'Plataformas de verdade não pedem sua senha por SMS nem fora do próprio site. Confira o endereço exato do site antes de entrar. Golpistas já se passaram por funcionários de sites no Skype e em apps parecidos.',
    },
    'accounts-lost-phone': {
      title: 'Prepare-se para o caso de perder o telefone',
      body: 'Coloque bloqueio de tela, ative o Find My (iPhone) ou o Find Hub (Android), faça backups e anote seus códigos de recuperação. Se o telefone de trabalho sumir, você vai conseguir bloqueá-lo e voltar às suas contas.',
    },
    'accounts-shared-devices': {
      title: 'Aparelhos compartilhados e relacionamentos',
      body: 'Dividir telefones, computadores e senhas dificulta manter o trabalho em sigilo. Alguns parceiros abusivos ameaçam denunciar profissionais do sexo à polícia. Se isso estiver acontecendo com você, a culpa não é sua, e há serviços de apoio que podem ajudar.',
    },
    'accounts-delete-screening-notes': {
      title: 'Apague depois suas anotações de checagem',
      body: 'Quando um atendimento termina, apagar os dados de checagem de que você não precisa mais protege o cliente e você, caso um telefone ou computador seja perdido, invadido ou apreendido.',
    },

    // G. Assédio, chantagem e ameaças de exposição
    'threat-save-evidence-first': {
      title: 'Primeiro, respire e guarde provas',
      body: 'Se alguém ameaçar ou assediar você, não precisa responder na hora. Antes de bloquear ou apagar qualquer coisa, salve prints das mensagens, perfis, nomes de usuário, links, datas e horários. Grave a tela dos stories antes que sumam.',
    },
    'threat-do-not-pay': {
      title: 'Não pague, não mande mais nada',
      body: 'Se alguém pedir dinheiro ou mais conteúdo para ficar calado, pagar ou mandar costuma trazer mais exigências, não menos. Pare de negociar, guarde as provas e procure apoio.',
    },
    'threat-block-and-report': {
      title: 'Depois, bloqueie e denuncie',
      body: 'Com as provas guardadas, bloqueie a pessoa em todos os canais que ela usa e denuncie as contas dela em cada plataforma. Você não deve resposta nenhuma.',
    },
    'threat-outing-is-common': {
      title: 'Ameaças de exposição são comuns, e a culpa não é sua',
      body: 'Ex-parceiros, clientes e até patrões usam ameaças de expor seu trabalho. No sistema Ugly Mugs da Holanda, cerca de metade dos relatos envolvia abuso ou intimidação, e 31% dos clientes perigosos chantagearam profissionais usando a identidade de trabalho delas. Você não está só: existe ajuda.',
    },
    'threat-after-a-doxx': {
      title: 'Se expuseram seus dados (doxxing)',
      body: 'Peça aos sites que tirem as postagens do ar, proteja suas contas e conte para pessoas de confiança. Peça aos amigos que não respondam nem compartilhem a postagem: isso espalha ainda mais.',
    },
    'threat-intimate-images-stopncii': {
      title: 'Se imagens íntimas vazarem ou houver ameaça',
      body: 'Denuncie na plataforma e mande pedidos de remoção ou por direitos autorais. O StopNCII cria uma impressão digital (hash) das suas imagens no seu próprio aparelho; só essa impressão é compartilhada, com parceiros como OnlyFans, Facebook e Instagram. Menor de 18 anos? Use o Take It Down, do NCMEC.',
    },

    // H. Denúncia e apoio no Reino Unido
    'uk-national-ugly-mugs': {
      title: 'National Ugly Mugs (Reino Unido)',
      body: 'A NUM é uma instituição de caridade do Reino Unido para profissionais do sexo, gratuita e confidencial. Você pode entrar com seu nome de trabalho, relatar incidentes pelo site, app ou telefone e receber alertas sobre pessoas perigosas. Ela só passa relatos à polícia com sua autorização, e pode repassar informações de forma anônima.',
    },
    'uk-num-checker': {
      title: 'Verifique um cliente com o NUM Checker',
      body: 'O verificador da NUM permite que membros consultem o telefone, o e-mail ou o nome de usuário de um cliente nos relatos de outras profissionais. Também dá para usar a partir de uma conta no Vivastreet. Na pesquisa Beyond the Gaze, 85% das pessoas checavam clientes pela internet.',
    },
    'uk-revenge-porn-helpline': {
      title: 'Revenge Porn Helpline (Reino Unido)',
      body: 'Linha de ajuda do Reino Unido para adultos cujas imagens íntimas foram compartilhadas ou estão sendo usadas em ameaças, com orientações para criadoras de conteúdo e profissionais do sexo. Ajuda com remoções e chantagens e administra o StopNCII. Ligue 0345 6000 459, de segunda a sexta, das 10h às 16h (confira o horário no site).',
    },
    'uk-police-options': {
      title: 'Procurar a polícia, ou não',
      body: 'No Reino Unido, você pode ligar para o 101 ou denunciar pela internet quando não for emergência, ou denunciar de forma anônima pela National Ugly Mugs. Muita gente no trabalho sexual decide não envolver a polícia, e a decisão é sua. Numa emergência, ligue 999.',
    },
    'uk-harassment-law': {
      title: 'Dois incidentes já podem ser assédio',
      body: 'Na Inglaterra e no País de Gales, assédio pode ser dois ou mais incidentes angustiantes, mesmo que diferentes e com meses de distância (Protection from Harassment Act 1997). Anote cada um com a data.',
    },
    'uk-intimate-image-law': {
      title: 'Compartilhar imagens, ou ameaçar fazer isso, é crime',
      body: 'Na Inglaterra e no País de Gales, compartilhar imagens íntimas sem consentimento, ou ameaçar fazer isso, é crime desde 31 de janeiro de 2024, inclusive com deepfakes. A Revenge Porn Helpline observa que imagens já vendidas comercialmente têm sido uma zona cinzenta, então peça orientação atualizada.',
    },
    'uk-local-projects': {
      title: 'Projetos de apoio locais',
      body: 'Projetos do Reino Unido como SWOP Sussex (Oasis Project), Basis e SWOSH ajudam com planos de segurança, acompanhamento e na hora de fazer uma denúncia. Vale a pena encontrar o mais próximo antes de precisar.',
    },
    'uk-working-together-law': {
      title: 'Trabalhar junto com alguém e a lei',
      body: 'Trabalhar junto com outra pessoa é mais seguro, mas no Reino Unido isso pode transformar legalmente o local num bordel. Peça orientação à organização Release antes de se organizar assim.',
    },

    // I. Outros países
    'intl-ireland': {
      title: 'Irlanda: Ugly Mugs Ireland',
      body: 'Para entrar na Ugly Mugs Ireland basta um nome de trabalho e contatos de trabalho. Os relatos são só para profissionais do sexo; informações sobre agressores podem ir para a polícia ou para grupos de apoio, e os dados dos membros são anonimizados para pesquisa.',
    },
    'intl-netherlands': {
      title: 'Holanda: Ugly Mugs NL e swdigitaal.nl',
      body: 'A Ugly Mugs NL, administrada pela SOA Aids Nederland desde abril de 2022, enviou mais de 15.000 alertas no primeiro ano. Para segurança digital, o swdigitaal.nl tem um guia detalhado em holandês e inglês.',
    },
    'intl-germany': {
      title: 'Alemanha: registro com um nome fictício',
      body: 'Pela Lei de Proteção às Pessoas que Exercem a Prostituição, o certificado de registro pode ser emitido com um nome fictício. Use um telefone e um e-mail de trabalho separados, e lembre que clientes podem gravar shows de webcam.',
    },
    'intl-belgium-switzerland-finland': {
      title: 'Bélgica, Suíça e Finlândia',
      body: 'A Violett (Bélgica) sugere pesquisar sobre você e usar o formulário de remoção do Google. A Aspasie (Suíça) sugere avisar um contato de emergência sobre aonde você vai e compartilhar uma lista de clientes perigosos. A Pro-tukipiste (Finlândia) sugere um chip pré-pago e nada de papéis ou senhas da porta à vista.',
    },
    'intl-australia': {
      title: 'Austrália: SWOP NSW',
      body: 'A SWOP NSW sugere pensar antes de compartilhar dados pessoais, porque não dá para controlar aonde eles vão parar, e ter uma história pronta. O Switter, uma rede social de profissionais do sexo, fechou em março de 2022: plataformas podem desaparecer.',
    },
    'intl-canada': {
      title: 'Canadá: Bad Date Canada',
      body: 'O guia de segurança e privacidade da Bad Date Canada e da SWAN Waterloo fala de checagem de clientes, números VoIP, metadados de fotos, marcas d’água, verificação em duas etapas, VPN e listas comunitárias de clientes perigosos.',
    },
    'intl-us-and-worldwide': {
      title: 'Estados Unidos e o resto do mundo',
      body: 'Desde a FOSTA-SESTA (2018), muitos sites de anúncios foram para o exterior e checar clientes ficou mais difícil. Os guias da NSWP tratam de segurança digital no mundo todo. A linha de ajuda da Access Now atende, após verificação, ativistas e defensores de direitos humanos, o que pode incluir quem organiza profissionais do sexo.',
    },
  },
} as const satisfies LocaleText;
