/** The story's words in Italian (translated from en.ts). Citations are [[source-id]], as in English. */
import type { StoryWords } from './story';

export default {
	meta: {
		headline: 'I missili che se ne andarono in silenzio',
		standfirst:
			'Per chiudere la crisi dei missili di Cuba, Robert Kennedy fece all’ambasciatore sovietico una promessa privata: i missili americani in Turchia sarebbero stati ritirati. Nel giro di sei mesi gli Jupiter in Turchia erano stati smontati e quelli in Italia venivano messi fuori servizio; al loro posto, in mare, erano arrivati i sottomarini. E i pochi uomini che sapevano il perché non avrebbero ammesso fino in fondo il patto prima del 1989.',
		byline: 'Redazione grafica',
		description:
			'Come gli Stati Uniti rispettarono in segreto la loro parte del patto che chiuse la crisi dei missili di Cuba: una storia raccontata con dati documentati sugli uomini che sapevano, sui missili e sui sottomarini.'
	},
	opening: [
		'La sera di sabato 27 ottobre 1962, con i missili sovietici ancora a Cuba e le forze americane pronte ad attaccare, il procuratore generale Robert Kennedy ricevette nel suo ufficio al dipartimento della Giustizia l’ambasciatore sovietico Anatolij Dobrynin.[[frus-1961-63-v11-d96]]',
		'Quello che fu concordato in quell’ufficio non venne ammesso pienamente per decenni. Questa è la storia di come la promessa fu mantenuta: di come quindici missili Jupiter nella Turchia occidentale furono smontati e trenta nell’Italia meridionale messi fuori servizio, con un’operazione prevista a partire dal 1º aprile 1963; del perché al loro posto arrivarono i sottomarini; e di quanto tempo ci volle perché gli uomini che sapevano ammettessero ciò che era stato pattuito.[[mcnamara-1963-note-last-jupiter]][[rome-embassy-1963-tel1890]][[embassy-rome-1963-a1368]]'
	],
	sections: {
		promise: 'Una promessa fatta in privato',
		jupiters: 'Quarantacinque missili',
		polaris: 'La risposta sottomarina',
		diplomacy: 'Informare gli alleati, ma non di tutto',
		removal: 'Giù dalle rampe',
		silence: 'Come venne fuori il segreto',
		gaps: 'Quello che le carte nascondono ancora'
	},
	timelineLabels: {
		'rfk-dobrynin-meeting': 'La garanzia',
		'nato-paris-ministerial': 'La NATO a Parigi',
		'mcnamara-sancar-paris': 'L’allarme di Sancar',
		'palm-beach-rusk-finletter': 'Decisione a Palm Beach',
		'fanfani-washington-talks': 'Fanfani in visita',
		'italy-exchange-of-notes': 'L’Italia firma',
		'turkey-exchange-of-notes': 'La Turchia firma',
		'polaris-saceur-patrols-begin': 'Al via i pattugliamenti',
		'sam-houston-izmir-visit': 'Un Polaris a Smirne',
		'last-jupiter-out-italy': 'Italia: missili inservibili',
		'pot-pie-i-start-italy': 'Inizia lo smontaggio',
		'last-jupiter-down-turkey': 'Giù l’ultimo missile',
		'tyler-memo-keen-interest': 'Promemoria per Rusk',
		'andreotti-graphic-step-backward': 'La reazione di Andreotti',
		'kissinger-rome-report': 'Il rapporto di Kissinger',
		'turkey-accepts-in-principle': 'Sì di massima',
		'deptel-1250-no-deal-line': 'Istruzioni a Roma',
		'congress-no-deal-testimony': 'Audizioni al Congresso',
		'pot-pie-ii-start-turkey': 'Al via in Turchia',
		'mcnamara-note-last-warhead': 'La nota di McNamara'
	},
	steps: {
		'the-offer': {
			text: 'Kennedy disse a Dobrynin che sui missili in Turchia non poteva esserci alcuno scambio. Ma, secondo il resoconto che lui stesso ne fece al segretario di Stato Dean Rusk, aggiunse che, lasciato passare un po’ di tempo, la questione si sarebbe potuta risolvere, e su istruzione di Rusk parlò di quattro o cinque mesi. Il telegramma di Dobrynin a Mosca riporta gli stessi tempi.[[frus-1961-63-v11-d96]][[dobrynin-1962-cable-oct27]][[hershberg-1995-anatomy]]',
			alt: 'Il grafico delle vite: nove linee orizzontali, una per ciascuno degli esponenti del governo americano che sapevano, dalla nascita alla morte. Sono evidenziati Robert F. Kennedy, che incontrò Dobrynin, e Dean Rusk, su istruzione del quale Kennedy indicò quattro o cinque mesi.'
		},
		'the-condition': {
			text: 'La condizione era il silenzio. Dobrynin riferì per telegramma che, secondo Robert Kennedy, il presidente non vedeva difficoltà insormontabili sulla Turchia: la difficoltà maggiore sarebbe stata un qualsiasi dibattito pubblico sulla questione.[[dobrynin-1962-cable-oct27]] La mattina dopo Nikita Krusciov annunciò, in un messaggio trasmesso da Radio Mosca, che i missili sovietici avrebbero lasciato Cuba; il messaggio non faceva alcun cenno alla Turchia.[[khrushchev-1962-oct28-broadcast]][[cia-1962-kennedy-reply-broadcast]] Quello stesso giorno Krusciov fece sapere in privato a Kennedy di non averne fatto cenno per il desiderio che Robert Kennedy gli aveva trasmesso.[[frus-1961-63-v06-d70]]',
			alt: 'Il grafico delle vite: nove linee, ciascuna colorata di rosso a partire dall’ottobre 1962. Sono evidenziati John F. Kennedy e Robert F. Kennedy, i fratelli sulla cui parola si reggeva la promessa.'
		},
		'the-letter': {
			text: 'Krusciov cercò di mettere l’intesa per iscritto. Il 29 ottobre Dobrynin consegnò a Robert Kennedy una lettera riservata che vi faceva riferimento; il giorno dopo Kennedy gliela restituì. La promessa sarebbe stata mantenuta, disse, ma soltanto a voce.[[dobrynin-1962-tel-oct30]][[kornbluh-2023-mondediplo]]',
			alt: 'Il grafico delle vite: nove linee. È evidenziato Robert F. Kennedy, che restituì la lettera di Krusciov.'
		},
		'nine-men': {
			text: 'Secondo gli storici William Burr e Leopoldo Nuti, all’epoca soltanto nove esponenti del governo statunitense erano al corrente dell’accordo: il presidente, suo fratello, McGeorge Bundy, Dean Rusk, Robert McNamara e il suo vice Roswell Gilpatric, Llewellyn Thompson, George Ball e Theodore Sorensen.[[burr-nuti-2023-endgame]] I documenti correggono due definizioni che circolano spesso. Ball era sottosegretario di Stato, non vicesegretario di Stato, carica istituita soltanto nel 1972; Thompson era ambasciatore itinerante e aveva lasciato la sede di Mosca nel luglio di quell’anno.[[ohd-2014-under-secretary]][[ohd-pocom-deputy-secretary]][[ohd-pocom-ambassador-at-large]][[wikipedia-thompson]]',
			alt: 'Il grafico delle vite: i nove esponenti del governo, in ordine di data di morte, con gli anni di nascita e di morte. Sono evidenziati George W. Ball e Llewellyn Thompson, di cui i documenti correggono la carica.'
		},
		'jupiters-where': {
			text: 'Erano missili Jupiter, balistici a raggio intermedio. Trenta erano distribuiti in dieci postazioni di lancio da tre missili ciascuna sull’altopiano delle Murge, tra Puglia e Basilicata, ed erano affidati alla 36ª Aerobrigata Interdizione Strategica dell’Aeronautica Militare, con comando a Gioia del Colle.[[wikipedia-it-36-aerobrigata]][[marescotti-2019-basi-jupiter]][[castoro-2008-murgia]]',
			alt: 'Una mappa delle dieci postazioni di lancio degli Jupiter nell’Italia meridionale; è evidenziato il loro comando, la base aerea di Gioia del Colle.'
		},
		'jupiters-turkey': {
			text: 'Altri quindici si trovavano in cinque postazioni nella zona di Smirne (İzmir), che facevano capo alla base aerea di Çiğli. Nessuna delle fonti ufficiali che abbiamo trovato ne indica la posizione esatta (una storia della US Air Force dice solo che Çiğli li «ospitava», in inglese nell’originale), perciò i nostri dati li collocano genericamente nella zona di Smirne; secondo un articolo della stampa locale, una delle postazioni era vicino ad Aliağa, più a nord.[[burr-nuti-2023-endgame]][[incirlik-rsds]][[hlswilliwaw-iandc]][[aliagaekspres-2010-aliaga]]',
			alt: 'Una mappa della Turchia occidentale: le cinque postazioni turche degli Jupiter sono indicate solo come un’area intorno a Smirne, perché la loro posizione non è stata resa pubblica; è evidenziata la base aerea di Çiğli.'
		},
		'jupiters-range': {
			text: 'Ciascuno portava una testata W49 da circa 1,44 megatoni, con una gittata di 2.400 chilometri circa.[[wikipedia-it-36-aerobrigata]][[globalsecurity-turkey-jupiter]][[luftfahrtlexikon-jupiter]] A preoccupare Krusciov erano soprattutto i quindici in Turchia. Secondo McNamara, erano anche obsoleti e vulnerabili.[[burr-nuti-2023-endgame]]',
			alt: 'La mappa si allarga all’Europa: i cerchi tratteggiati di circa 2.400 km intorno alle basi degli Jupiter in Italia e in Turchia arrivano fino a Mosca, Kiev e Volgograd.'
		},
		'polaris-idea': {
			text: 'La versione di copertura era anche un argomento serio. Invece di missili fissi, che un primo colpo avrebbe potuto distruggere, l’alleanza avrebbe avuto sottomarini Polaris in pattugliamento nel Mediterraneo, nascosti e difficili da colpire. Così Washington avrebbe spiegato il ritiro senza ammettere uno scambio.[[burr-nuti-2023-endgame]] Kennedy disse a Fanfani che lo Jupiter, come il Thor britannico, era soltanto un’arma da primo colpo, e un documento dei capi di Stato maggiore congiunti da usare in sede NATO contrapponeva al ritiro di entrambi la crescita della forza missilistica americana.[[wilson-1963-kennedy-fanfani-memcon]][[jcs-1963-rationale-jupiter]]',
			alt: 'La mappa del Mediterraneo: le basi degli Jupiter in Italia e in Turchia, la base dei Polaris di Holy Loch, in Scozia, che è evidenziata, e una posizione di pattugliamento indicata solo a titolo illustrativo, perché i sottomarini potevano trovarsi in qualsiasi punto del mare.'
		},
		'polaris-range': {
			text: 'Un sottomarino armato di Polaris A2 portava sedici missili, con una gittata che a seconda delle fonti andava da circa 2.300 a 2.800 chilometri.[[aboutsubs-edison]][[rafmuseum-polaris]][[danfs-john-marshall]] Una gittata paragonabile a quella dello Jupiter, da una piattaforma di lancio che poteva spostarsi e nascondersi.[[luftfahrtlexikon-jupiter]]',
			alt: 'Un cerchio punteggiato di circa 2.800 km, il raggio dei Polaris, intorno a una posizione illustrativa nel Mediterraneo, accanto ai cerchi tratteggiati degli Jupiter, di circa 2.400 km.'
		},
		'keen-interest': {
			text: 'Kennedy premeva. Al dipartimento di Stato sapevano del «vivo interesse» (in inglese nell’originale) del presidente a liberarsi degli Jupiter, anche se un promemoria per Rusk del 9 novembre suggeriva di prendere tempo.[[tyler-1962-irbm-memo]][[burr-nuti-2023-endgame]] Dopo Natale, a Palm Beach, Kennedy chiese a McNamara che cosa si stesse facendo; i capi di Stato maggiore congiunti ordinarono ai comandi di preparare il ritiro dei missili entro il 1º aprile 1963.[[wilson-1962-bundy-memo-summary]][[jcs-1962-tel-7947]]',
			alt: 'Una linea del tempo dall’ottobre 1962 al luglio 1963, con una fascia per l’Italia, una per la Turchia, una per gli Stati Uniti e la NATO, una per l’Unione Sovietica e una per il Regno Unito; sotto, il numero di Jupiter ancora sulle rampe in ciascun paese. È evidenziato il promemoria per Rusk del 9 novembre.'
		},
		'paris-sancar': {
			text: 'A dicembre, a Parigi, McNamara disse al ministro della Difesa turco İlhami Sancar che gli Jupiter erano obsoleti e i Polaris migliori. Sancar lo avvertì che ne avrebbe sofferto la «fiducia» (in inglese nell’originale) dei turchi negli Stati Uniti.[[mcnamara-1962-sancar-memcon]][[burr-nuti-2023-endgame]]',
			alt: 'La linea del tempo si restringe all’inverno tra il 1962 e il 1963 ed evidenzia due momenti: la NATO a Parigi, cioè la riunione ministeriale dal 13 al 15 dicembre 1962, e l’allarme di Sancar, il colloquio che McNamara ebbe lì con il ministro turco.'
		},
		'palm-beach': {
			text: 'Il 5 gennaio 1963, a Palm Beach, Kennedy approvò il piano del dipartimento di Stato insieme a Rusk e a Thomas Finletter, il suo ambasciatore presso la NATO. Lo stesso giorno partirono per Roma e Ankara le lettere con cui McNamara prometteva i Polaris in posizione entro il 1º aprile.[[mcnamara-1962-sancar-memcon]][[burr-nuti-2023-endgame]]',
			alt: 'La linea del tempo dell’inverno tra il 1962 e il 1963 evidenzia la decisione di Palm Beach del 5 gennaio 1963.'
		},
		'italy-fanfani': {
			text: 'L’Italia era l’alleato più facile. Il ministro della Difesa Giulio Andreotti, scrivono Burr e Nuti sulla base di un rapporto dell’ambasciatore Frederick Reinhardt, definì la perdita delle basi «un vistoso passo indietro» (in inglese nell’originale) per il ruolo nucleare dell’Italia, ma l’accettò.[[embassy-rome-1963-tel1327]][[burr-nuti-2023-endgame]] Il presidente del Consiglio Amintore Fanfani fu a Washington il 16 e il 17 gennaio; secondo il suo diario, Kennedy e McNamara gli dissero di non aver negoziato con Mosca il ritiro delle basi italiane.[[fanfani-1963-diary-jan16]][[bundy-1963-memo-fanfani]] A febbraio, incontrando a Roma il vicesegretario alla Difesa Roswell Gilpatric, Fanfani disse che l’Italia aveva rinunciato all’idea di armare con i Polaris l’incrociatore Garibaldi.[[embassy-rome-1963-tel1612]]',
			alt: 'La linea del tempo si concentra sulla fascia dell’Italia ed evidenzia la reazione di Andreotti, riferita il 9 gennaio 1963, e la visita di Fanfani a Washington, il 16 e il 17 gennaio.'
		},
		'italy-suspicion': {
			text: 'I sospetti andavano più in là di quanto fosse stato detto all’opinione pubblica. Henry Kissinger, allora professore a Harvard, riferì dopo una serie di colloqui a Roma che «quasi tutti» (in inglese nell’originale) quelli che aveva incontrato sospettavano un accordo con i sovietici.[[embassy-rome-1963-tel1411]][[burr-nuti-2023-endgame]] Nella conferenza stampa del 24 gennaio Kennedy disse il meno possibile sugli Jupiter, come Fanfani aveva sperato.[[jfkl-1963-news-conference-47]][[embassy-rome-1963-tel1451]] Il 22 marzo Italia e Stati Uniti si scambiarono le note che sancivano il ritiro.[[embassy-rome-1963-a1368]]',
			alt: 'La linea del tempo si concentra sulla fascia dell’Italia ed evidenzia il rapporto di Kissinger da Roma, nel gennaio 1963, e il giorno in cui l’Italia firma lo scambio di note, il 22 marzo.'
		},
		'turkey-talks': {
			text: 'Con la Turchia fu più difficile. I dirigenti turchi accettarono in linea di principio la sostituzione il 18 gennaio, come telegrafò quel giorno l’ambasciatore Raymond Hare, ma chiesero due dei sottomarini sotto il comando di un ufficiale turco e l’addestramento di equipaggi turchi che li manovrassero, cosa che Washington rifiutò, oltre a un numero maggiore di cacciabombardieri F-104G, e in tempi più brevi.[[frus-1961-63-v16-d388]][[nsa-1963-bowling-memo]][[burr-nuti-2023-endgame]] Lo scambio di note con Ankara risultava concluso soltanto il 10 aprile.[[embassy-ankara-1963-april-tels]]',
			alt: 'La linea del tempo si concentra sulla fascia della Turchia ed evidenzia due momenti: il sì di massima dei turchi, nel gennaio 1963, e la firma della Turchia, con lo scambio di note dato per concluso il 10 aprile.'
		},
		denials: {
			text: 'La linea fu quella della smentita. All’ambasciata di Roma fu detto di non commentare alcun paragone con Cuba e, solo se qualcuno lo avesse sollevato, di rispondere che gli Stati Uniti avevano respinto nel modo più assoluto qualsiasi paragone o accordo del genere.[[dos-1963-deptel1250]] Il 25 gennaio Rusk disse a una sottocommissione del Senato che il ritiro non aveva alcun legame con la soluzione della crisi cubana: faceva parte dell’ammodernamento delle forze della NATO.[[sfrc-1963-cuban-developments]] Anche McNamara disse al Congresso che non c’era stato alcuno scambio, scrivono Burr e Nuti, ma senatori come John Stennis non ne furono convinti.[[burr-nuti-2023-endgame]]',
			alt: 'La linea del tempo dell’inverno tra il 1962 e il 1963 evidenzia le istruzioni a Roma, il telegramma del dipartimento di Stato del 18 gennaio 1963, e le audizioni al Congresso dei primi mesi del 1963.'
		},
		'first-patrol': {
			text: 'Nel marzo 1963 l’USS Sam Houston salpò da Holy Loch, in Scozia, e fu il primo sottomarino lanciamissili balistici a entrare nel Mediterraneo; secondo il piano doveva arrivarci entro il 28 marzo, e i pattugliamenti agli ordini del comandante supremo della NATO dovevano cominciare il 1º aprile.[[danfs-sam-houston]][[jcs-1963-withdrawal-polaris]][[embassy-rome-1963-a1368]] Il 14 aprile fece scalo a Smirne, perché le autorità turche potessero vedere l’arma che sostituiva la loro.[[embassy-ankara-1963-april-tels]]',
			alt: 'La rotta schematica dell’USS Sam Houston da Holy Loch, in Scozia, attraverso lo stretto di Gibilterra e dentro il Mediterraneo, fino allo scalo a Smirne del 14 aprile 1963; sono evidenziati Holy Loch e il porto di Smirne.'
		},
		'pot-pie': {
			text: 'Lo smontaggio aveva il nome in codice Pot Pie. Doveva cominciare il 1º aprile in Italia e il 15 aprile in Turchia, con il minimo clamore possibile; alle ambasciate fu detto di evitare qualsiasi paragone con il ritiro sovietico da Cuba.[[usaf-1963-pot-pie-plan]][[embassy-rome-1963-a1368]]',
			alt: 'La linea del tempo si restringe all’aprile 1963 ed evidenzia l’inizio dello smontaggio in Italia, il 1º aprile, e in Turchia, il 15 aprile.'
		},
		'last-missile': {
			text: 'Il 25 aprile McNamara mandò una nota a Kennedy: l’ultimo Jupiter in Turchia era stato smontato il giorno prima, e l’ultima testata degli Jupiter sarebbe partita in aereo dalla Turchia quel sabato, il 27 aprile.[[mcnamara-1963-note-last-jupiter]] In Italia, nei 25 giorni cominciati il 1º aprile, testate, ogive e sistemi di guida dovevano essere portati fuori dal paese e i trenta missili messi in posizione orizzontale; per recuperare i corpi dei missili potevano servire dai sei agli otto mesi.[[rome-embassy-1963-tel1890]] L’ultimo missile in Turchia fu smontato cinque mesi e 28 giorni dopo quella sera al dipartimento della Giustizia, poco oltre i quattro o cinque mesi di cui aveva parlato Robert Kennedy: ma la promessa era stata mantenuta.[[frus-1961-63-v11-d96]][[mcnamara-1963-note-last-jupiter]]',
			alt: 'La linea del tempo dell’aprile 1963 evidenzia l’ultimo missile smontato in Turchia, il 24 aprile, e la nota di McNamara del 25 aprile; sotto, il numero di missili ancora sulle rampe in ciascun paese scende a zero.'
		},
		'sites-empty': {
			text: 'Alla fine di aprile gli Jupiter intorno a Smirne erano stati smontati, e quelli delle dieci postazioni in Puglia e Basilicata dovevano ormai essere stati resi inservibili, con i corpi dei missili lasciati lì in attesa del recupero; l’aerobrigata italiana degli Jupiter fu sciolta il 1º luglio.[[mcnamara-1963-note-last-jupiter]][[rome-embassy-1963-tel1890]][[wikipedia-it-36-aerobrigata]] Quello che ne prese il posto non si poteva segnare su una mappa: sottomarini Polaris assegnati al comandante supremo della NATO, da qualche parte nel Mediterraneo.[[embassy-rome-1963-a1368]]',
			alt: 'La mappa dell’Italia e della Turchia con tutte le basi degli Jupiter barrate e l’area turca in grigio: nell’aprile 1963 i missili turchi sono smontati e quelli italiani devono essere resi inservibili. Resta soltanto, in mare, la posizione illustrativa dei Polaris.'
		},
		'silence-begins': {
			text: 'Poi il silenzio. Dei nove, John F. Kennedy fu ucciso nel novembre di quell’anno e Robert Kennedy nel giugno 1968, mentre Llewellyn Thompson morì nel 1972. Non risulta che alcuno dei tre, in vita, abbia ammesso un accordo, anche se le memorie di Robert Kennedy, uscite postume, descrivevano la garanzia.[[arlington-jfk]][[millercenter-rfk]][[wikipedia-thompson]][[rfk-1969-thirteen-days-excerpt]]',
			alt: 'Il grafico delle vite si restringe agli anni tra il 1958 e il 1992. Sono evidenziati John F. Kennedy, Robert F. Kennedy e Llewellyn Thompson, le cui linee si interrompono entro il 1972.'
		},
		'thirteen-days': {
			text: 'Le memorie di Robert Kennedy, Thirteen Days, uscirono dopo la sua morte: sulla rivista McCall’s nel novembre 1968 e in volume nel 1969.[[time-1968-bobbys-view]][[nyt-1969-thirteen-days-review]] Vi si raccontava che Kennedy aveva detto a Dobrynin che non poteva esserci alcuno scambio, e che i missili sarebbero stati ritirati poco dopo la crisi. Vent’anni più tardi, secondo il biografo di Robert Kennedy Larry Tye, Sorensen, che aveva curato il libro, raccontò di averne tagliato il riferimento più esplicito all’accordo.[[rfk-1969-thirteen-days-excerpt]][[tye-undated-rfk-biography]]',
			alt: 'Il grafico delle vite segna il novembre 1968, quando uscì Thirteen Days: sette dei nove uomini erano vivi. Sono evidenziati Robert F. Kennedy, l’autore, e Theodore Sorensen, che curò il libro.'
		},
		schlesinger: {
			text: 'Gli storici cominciarono a scalfire la versione ufficiale. La biografia di Arthur Schlesinger Jr. uscita nel 1978, Robert Kennedy and His Times, è tra le opere che gli storici successivi citano a proposito della garanzia.[[trachtenberg-constructed-peace-notes]][[dobbs-2008-one-minute]]',
			alt: 'Il grafico delle vite segna il 1978: sei dei nove uomini erano vivi.'
		},
		'time-1982': {
			text: 'Nel settembre 1982, per il ventesimo anniversario, sei di loro – Rusk, McNamara, Ball, Gilpatric, Sorensen e Bundy – firmarono su Time un saggio comune sulle lezioni della crisi. L’ottavo punto accennava a una garanzia segreta sui missili in Turchia: era la prima volta che la riconoscevano insieme, vent’anni dopo, anche se non ancora come un accordo.[[time-1982-lessons]][[cia-1982-crest-time-copy]][[burr-nuti-2023-endgame]]',
			alt: 'Il grafico delle vite segna il settembre 1982. Sono evidenziati i sei esponenti ancora in vita che firmarono il saggio su Time: Dean Rusk, Robert McNamara, George W. Ball, Roswell Gilpatric, Theodore Sorensen e McGeorge Bundy.'
		},
		'hawks-cay': {
			text: 'Nel marzo 1987, durante un convegno a Hawk’s Cay, in Florida, Bundy lesse una lettera di Rusk: Kennedy gli aveva chiesto di dettare un piano di riserva, una dichiarazione destinata a U Thant, all’ONU, in cui si proponeva di ritirare sia gli Jupiter sia i missili a Cuba; Andrew Cordier avrebbe dovuto trasmetterla solo dietro un ulteriore segnale. Non fu mai usata.[[frus-1961-63-v11-d99]][[pw-1989-on-the-brink]] La lettera fu pubblicata per la prima volta ad agosto, in un articolo per il New York Times Magazine; a ottobre un secondo incontro, a Harvard, portò al tavolo anche partecipanti sovietici.[[nyt-1987-rusk-cordier-tribune]][[csmonitor-1987-cambridge]]',
			alt: 'Il grafico delle vite segna il marzo 1987, quando i sei superstiti erano ancora tutti vivi. Sono evidenziati McGeorge Bundy, che lesse la lettera, e Dean Rusk, che l’aveva scritta.'
		},
		'danger-and-survival': {
			text: 'Nel 1988 Bundy pubblicò Danger and Survival, la sua storia dell’era nucleare, che gli storici citano a proposito dell’accordo insieme a Thirteen Days e al libro di Schlesinger.[[independent-1996-bundy-obit]][[trachtenberg-constructed-peace-notes]]',
			alt: 'Il grafico delle vite segna il 1988. È evidenziato McGeorge Bundy, l’autore del libro.'
		},
		'moscow-1989': {
			text: 'Nel gennaio 1989 protagonisti americani, sovietici e cubani della crisi si ritrovarono a Mosca.[[latimes-1989-moscow]][[chicagotribune-1989-moscow]] Lì, scrivono Burr e Nuti, Dobrynin raccontò l’incontro del 27 ottobre; secondo Larry Tye, Sorensen ammise di aver tolto da Thirteen Days il riferimento all’accordo.[[burr-nuti-2023-endgame]][[tye-undated-rfk-biography]]',
			alt: 'Il grafico delle vite segna il gennaio 1989, quando alla conferenza di Mosca l’accordo fu descritto nei dettagli. È evidenziato Theodore Sorensen, che lì ammise il suo taglio.'
		},
		'who-was-left': {
			text: 'Sei dei nove fecero in tempo a vederlo: Rusk e Ball, entrambi di 79 anni; Gilpatric, 82; McNamara, 72; Bundy, 69; Sorensen, 60. Erano passati ventisei anni e tre mesi.[[worldbook-rusk]][[britannica-ball]][[dod-history-gilpatric]][[worldbook-mcnamara]][[aca-1996-bundy]][[ap-2010-sorensen-obit-newsmax]][[latimes-1989-moscow]]',
			alt: 'Il grafico delle vite a gennaio 1989, con l’età di ciascuno degli uomini allora in vita. Sono evidenziati i sei superstiti: Dean Rusk, George W. Ball, Roswell Gilpatric, Robert McNamara, McGeorge Bundy e Theodore Sorensen.'
		},
		'still-hidden': {
			text: 'Sessant’anni dopo, quando Burr e Nuti scrivevano, nel 2023, molto era ancora chiuso negli archivi. I documenti del dipartimento della Difesa sugli Jupiter non erano consultabili, decine di documenti del dipartimento di Stato erano stati tolti dai fascicoli e molti erano stati di nuovo secretati intorno al 2001.[[burr-nuti-2023-endgame]] Nessuna delle fonti ufficiali che abbiamo trovato indica la posizione esatta delle postazioni di lancio turche, il testo dello scambio di note con la Turchia è ancora segreto, e il giorno in cui gli Jupiter italiani furono resi inservibili non compare nelle carte che siamo riusciti a trovare.[[burr-nuti-2023-sealing-deal]][[embassy-ankara-1963-april-tels]]',
			alt: 'Il grafico delle vite a gennaio 1989, senza nessuno evidenziato: i documenti di cui parla questo passaggio non sono rappresentati.'
		}
	}
} satisfies StoryWords;
