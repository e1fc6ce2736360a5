/** The story's words in Turkish (translated from en.ts). Citations are [[source-id]], as in English. */
import type { StoryWords } from './story';

export default {
	meta: {
		headline: 'Sessizce giden füzeler',
		standfirst:
			'Robert Kennedy, Küba Füze Krizi’ni sona erdirmek için Sovyet büyükelçisine gizlice söz verdi: Türkiye’deki Amerikan füzeleri gidecekti. Altı ay dolmadan Türkiye’deki Jüpiterler sökülmüş, İtalya’dakiler hizmet dışı bırakılmaya başlanmış, yerlerini denizde denizaltılar almıştı. Nedenini bilen bir avuç adam ise bu pazarlığı 1989’a kadar tam olarak kabul etmedi.',
		byline: 'Grafik Servisi',
		description:
			'ABD’nin, Küba Füze Krizi’ni bitiren pazarlıkta üzerine düşeni gizlice nasıl yerine getirdiği; sırrı bilen adamlara, füzelere ve denizaltılara ilişkin, kaynağı gösterilmiş verilerle.'
	},
	opening: [
		'27 Ekim 1962 Cumartesi akşamı, Sovyet füzeleri hâlâ Küba’dayken ve Amerikan kuvvetleri saldırıya hazır beklerken, Adalet Bakanı Robert Kennedy Sovyet Büyükelçisi Anatoli Dobrinin’i Adalet Bakanlığındaki makamında kabul etti.[[frus-1961-63-v11-d96]]',
		'Orada üzerinde anlaşılan şey, onlarca yıl boyunca tam olarak itiraf edilmedi. Bu yazı, verilen sözün nasıl tutulduğunu anlatıyor: Türkiye’nin batısındaki on beş Jüpiter füzesinin nasıl söküldüğünü, İtalya’nın güneyindeki otuz füzenin 1 Nisan 1963’ten itibaren uygulanmak üzere planlanan bir operasyonla nasıl hizmet dışı bırakıldığını, yerlerini neden denizaltıların aldığını ve sırrı bilenlerin üzerinde anlaşılanı kabul etmesinin ne kadar sürdüğünü.[[mcnamara-1963-note-last-jupiter]][[rome-embassy-1963-tel1890]][[embassy-rome-1963-a1368]]'
	],
	sections: {
		promise: 'Kapalı kapılar ardında verilen söz',
		jupiters: 'Kırk beş füze',
		polaris: 'Çözüm denizaltıda',
		diplomacy: 'Müttefiklere söylenenler, söylenmeyenler',
		removal: 'Füzeler sökülüyor',
		silence: 'Sır nasıl ortaya çıktı',
		gaps: 'Belgelerin hâlâ sakladıkları'
	},
	timelineLabels: {
		'rfk-dobrynin-meeting': 'Güvence',
		'nato-paris-ministerial': 'NATO Paris’te',
		'mcnamara-sancar-paris': 'Sancar’ın uyarısı',
		'palm-beach-rusk-finletter': 'Palm Beach kararı',
		'fanfani-washington-talks': 'Fanfani ziyareti',
		'italy-exchange-of-notes': 'İtalya imzalıyor',
		'turkey-exchange-of-notes': 'Türkiye imzalıyor',
		'polaris-saceur-patrols-begin': 'Polaris devriyeleri başlıyor',
		'sam-houston-izmir-visit': 'Polaris denizaltısı İzmir’de',
		'last-jupiter-out-italy': 'İtalya: füzeler devre dışı',
		'pot-pie-i-start-italy': 'Söküm başlıyor',
		'last-jupiter-down-turkey': 'Son füze söküldü',
		'tyler-memo-keen-interest': 'Rusk’a not',
		'andreotti-graphic-step-backward': 'Andreotti’nin tepkisi',
		'kissinger-rome-report': 'Kissinger’ın raporu',
		'turkey-accepts-in-principle': 'İlke olarak kabul',
		'deptel-1250-no-deal-line': 'Roma’ya talimat',
		'congress-no-deal-testimony': 'Kongrede ifade',
		'pot-pie-ii-start-turkey': 'Türkiye’de söküm',
		'mcnamara-note-last-warhead': 'McNamara’nın notu'
	},
	steps: {
		'the-offer': {
			text: 'Kennedy, Dobrinin’e Türkiye’deki füzeler konusunda bir quid pro quo, yani karşılıklı bir takas söz konusu olamayacağını söyledi. Ama Dışişleri Bakanı Dean Rusk’a kendi aktardığına göre, bir süre geçerse meselenin çözülebileceğini de ekledi ve Rusk’ın talimatı üzerine dört beş aydan söz etti. Dobrinin’in Moskova’ya çektiği telgraf da aynı süreyi veriyor.[[frus-1961-63-v11-d96]][[dobrynin-1962-cable-oct27]][[hershberg-1995-anatomy]]',
			alt: 'Yaşam çizgileri grafiği: sırrı bilen dokuz yetkilinin her biri için doğumdan ölüme uzanan yatay bir çizgi. Dobrinin’le görüşen Robert F. Kennedy ile Kennedy’nin, talimatı üzerine dört beş aydan söz ettiği Dean Rusk işaretli.'
		},
		'the-condition': {
			text: 'Koşul sessizlikti. Dobrinin’in telgrafına göre Robert Kennedy, Başkanın Türkiye konusunda aşılmaz bir güçlük görmediğini, en büyük güçlüğün bu konunun herhangi bir biçimde kamuoyu önünde tartışılması olacağını söylemişti.[[dobrynin-1962-cable-oct27]] Ertesi sabah Nikita Kruşçev, Moskova Radyosundan yayımlanan bir mesajla Sovyet füzelerinin Küba’dan çekileceğini duyurdu; mesajda Türkiye’nin adı bile geçmiyordu.[[khrushchev-1962-oct28-broadcast]][[cia-1962-kennedy-reply-broadcast]] Kruşçev aynı gün Kennedy’ye özel olarak, Türkiye konusunu Robert Kennedy’nin ilettiği istek nedeniyle mesajın dışında tuttuğunu bildirdi.[[frus-1961-63-v06-d70]]',
			alt: 'Yaşam çizgileri grafiği: dokuz yaşam çizgisi; her birinin Ekim 1962’den sonraki bölümü kırmızı. Sözü veren kardeşler John F. Kennedy ile Robert F. Kennedy işaretli.'
		},
		'the-letter': {
			text: 'Kruşçev bu mutabakatı yazıya dökmeye çalıştı. 29 Ekim’de Dobrinin, Robert Kennedy’ye mutabakattan söz eden gizli bir mektup teslim etti; Kennedy ertesi gün mektubu geri verdi. Kennedy, sözün tutulacağını, ama bunun yalnızca sözlü bir taahhüt olarak kalacağını söyledi.[[dobrynin-1962-tel-oct30]][[kornbluh-2023-mondediplo]]',
			alt: 'Yaşam çizgileri grafiği: dokuz yaşam çizgisi. Kruşçev’in mektubunu geri veren Robert F. Kennedy işaretli.'
		},
		'nine-men': {
			text: 'Tarihçiler William Burr ve Leopoldo Nuti’ye göre o sırada pazarlıktan yalnızca dokuz ABD’li yetkilinin haberi vardı: Başkan; kardeşi; McGeorge Bundy; Dean Rusk; Robert McNamara ve yardımcısı Roswell Gilpatric; Llewellyn Thompson; George Ball ve Theodore Sorensen.[[burr-nuti-2023-endgame]] Belgeler, sık rastlanan iki tanımı düzeltiyor. Ball, Dışişleri bakan yardımcısı (deputy secretary) değil, Dışişleri müsteşarıydı (under secretary); bakan yardımcılığı makamı ancak 1972’de kuruldu. Thompson ise o yılın temmuzunda Moskova’daki görevinden ayrılmış, gezici büyükelçi olmuştu.[[ohd-2014-under-secretary]][[ohd-pocom-deputy-secretary]][[ohd-pocom-ambassador-at-large]][[wikipedia-thompson]]',
			alt: 'Yaşam çizgileri grafiği: ölüm tarihine göre sıralanmış dokuz yetkili, doğum ve ölüm yıllarıyla. Unvanları belgelerle düzeltilen George W. Ball ile Llewellyn Thompson işaretli.'
		},
		'jupiters-where': {
			text: 'Bu füzeler, orta menzilli Jüpiter balistik füzeleriydi. Otuzu, Puglia ve Basilicata’daki Murge platosunda üçerli on fırlatma mevziine dağılmıştı ve bunları Gioia del Colle’den İtalya’nın 36. Stratejik Yasaklama Hava Tugayı (36ª Aerobrigata Interdizione Strategica) işletiyordu.[[wikipedia-it-36-aerobrigata]][[marescotti-2019-basi-jupiter]][[castoro-2008-murgia]]',
			alt: 'Güney İtalya’daki on Jüpiter fırlatma mevziini gösteren harita; karargâhları Gioia del Colle Hava Üssü işaretli.'
		},
		'jupiters-turkey': {
			text: 'On beş füze daha İzmir yöresindeki beş mevzide duruyor, Çiğli Hava Üssü’nden destekleniyordu. Bulabildiğimiz hiçbir resmî kaynak bu mevzilerin tam yerini vermiyor (bir ABD Hava Kuvvetleri tarihçesi yalnızca Çiğli’nin füzeleri “barındırdığını” (aslı İngilizce) söylüyor); bu yüzden verilerimiz onları yalnızca İzmir yöresine yerleştiriyor. Yerel bir haber ise mevzilerden birini kuzeyde, Aliağa yakınlarına yerleştiriyor.[[burr-nuti-2023-endgame]][[incirlik-rsds]][[hlswilliwaw-iandc]][[aliagaekspres-2010-aliaga]]',
			alt: 'Batı Türkiye haritası: Türkiye’deki beş Jüpiter mevzii, yerleri yayımlanmadığı için yalnızca İzmir çevresinde bir alan olarak gösteriliyor; Çiğli Hava Üssü işaretli.'
		},
		'jupiters-range': {
			text: 'Her biri yaklaşık 1,44 megatonluk bir W49 savaş başlığını 2.400 km kadar uzağa taşıyabiliyordu.[[wikipedia-it-36-aerobrigata]][[globalsecurity-turkey-jupiter]][[luftfahrtlexikon-jupiter]] Kruşçev’i asıl kaygılandıran, Türkiye’deki on beş füzeydi. McNamara’nın gözünde bu füzeler ayrıca eskimiş ve saldırıya açıktı.[[burr-nuti-2023-endgame]]',
			alt: 'Harita Avrupa’yı gösterecek biçimde uzaklaşıyor: İtalya ve Türkiye’deki Jüpiter mevzilerinin çevresine çizilmiş yaklaşık 2.400 km’lik kesikli halkalar Moskova’ya, Kiev’e ve Volgograd’a ulaşıyor.'
		},
		'polaris-idea': {
			text: 'Paravan gerekçe aynı zamanda sahici bir argümandı. İttifak, ilk saldırıda yok edilebilecek sabit füzeler yerine Akdeniz’de devriye gezen, gizli ve vurulması güç Polaris denizaltılarına kavuşacaktı. Washington, bir pazarlık yapıldığını kabul etmeden füzelerin çekilmesini böyle açıklayacaktı.[[burr-nuti-2023-endgame]] Kennedy, Fanfani’ye Jüpiter’in de İngiltere’nin Thor füzesi gibi yalnızca ilk saldırıda işe yarayacak bir silah olduğunu söyledi; Genelkurmay Başkanları Kurulunun NATO içinde kullanılmak üzere hazırladığı bir belge de her iki füzenin çekilmesinin, büyüyen Amerikan füze gücüyle dengeleneceğini savundu.[[wilson-1963-kennedy-fanfani-memcon]][[jcs-1963-rationale-jupiter]]',
			alt: 'Akdeniz haritası: İtalya ve Türkiye’deki Jüpiter mevzileri, İskoçya’daki Holy Loch Polaris üssü (işaretli) ve temsili olarak işaretlenmiş bir devriye noktası; denizaltılar denizin herhangi bir yerinde olabilirdi.'
		},
		'polaris-range': {
			text: 'Bir Polaris A2 denizaltısı, farklı kaynaklara göre menzili yaklaşık 2.300 ile 2.800 km arasında olan on altı füze taşıyordu.[[aboutsubs-edison]][[rafmuseum-polaris]][[danfs-john-marshall]] Bu, yer değiştirebilen ve gizlenebilen bir fırlatıcıdan, Jüpiter’inkine yakın bir menzil demekti.[[luftfahrtlexikon-jupiter]]',
			alt: 'Akdeniz’deki temsili bir noktanın çevresinde yaklaşık 2.800 km’lik noktalı Polaris halkası; yanında yaklaşık 2.400 km’lik kesikli Jüpiter halkaları.'
		},
		'keen-interest': {
			text: 'Kennedy işin peşini bırakmadı. Rusk’a sunulan 9 Kasım tarihli bir not işin ertelenmesini savunsa da Dışişleri Bakanlığı yetkilileri, Başkanın Jüpiterlerin çıkarılmasıyla “yakından ilgilendiğini” (aslı İngilizce) biliyordu.[[tyler-1962-irbm-memo]][[burr-nuti-2023-endgame]] Noel’den sonra Kennedy, Palm Beach’te McNamara’ya bu konuda ne yapıldığını sordu; Genelkurmay Başkanları Kurulu da komutanlara, füzelerin 1 Nisan 1963’e kadar gideceğini esas alarak plan yapmalarını bildirdi.[[wilson-1962-bundy-memo-summary]][[jcs-1962-tel-7947]]',
			alt: 'Ekim 1962’den Temmuz 1963’e uzanan zaman çizelgesi: İtalya, Türkiye, ABD ve NATO, Sovyetler Birliği ve İngiltere için ayrı şeritler; altta her ülkede yerinde duran Jüpiter sayısı. Rusk’a sunulan 9 Kasım tarihli not işaretli.'
		},
		'paris-sancar': {
			text: 'Aralıkta Paris’te McNamara, Millî Savunma Bakanı İlhami Sancar’a Jüpiterlerin eskidiğini, Polaris’in daha iyi olduğunu söyledi. Sancar ise bunun Türkiye’nin ABD’ye duyduğu “güvene” (aslı İngilizce) bir darbe olacağı uyarısında bulundu.[[mcnamara-1962-sancar-memcon]][[burr-nuti-2023-endgame]]',
			alt: 'Zaman çizelgesi 1962–63 kışına yakınlaşıyor ve iki işareti öne çıkarıyor: 13-15 Aralık 1962’deki bakanlar toplantısını gösteren “NATO Paris’te” ile McNamara’nın orada Türk bakanla yaptığı görüşmeyi gösteren “Sancar’ın uyarısı”.'
		},
		'palm-beach': {
			text: '5 Ocak 1963’te Palm Beach’te Kennedy, Rusk ve ABD’nin NATO Büyükelçisi Thomas Finletter ile birlikte Dışişleri Bakanlığının planını onayladı. McNamara’nın, Polaris denizaltılarının 1 Nisan’a kadar görev bölgesinde olacağı sözünü veren mektupları aynı gün Roma’ya ve Ankara’ya gönderildi.[[mcnamara-1962-sancar-memcon]][[burr-nuti-2023-endgame]]',
			alt: '1962–63 kışının zaman çizelgesinde 5 Ocak 1963 tarihli Palm Beach kararı işaretli.'
		},
		'italy-fanfani': {
			text: 'İtalya daha kolay bir müttefikti. Burr ve Nuti’nin Büyükelçi Frederick Reinhardt’ın raporuna dayanarak yazdığına göre Savunma Bakanı Giulio Andreotti, üslerin kaybını İtalya’nın nükleer rolü açısından “çarpıcı bir geri adım” (aslı İngilizce) olarak nitelendirdi, ama kabullendi.[[embassy-rome-1963-tel1327]][[burr-nuti-2023-endgame]] Başbakan Amintore Fanfani 16-17 Ocak’ta Washington’a geldi; günlüğüne göre Kennedy ve McNamara ona, İtalya’daki üslerin kaldırılması için Moskova ile pazarlık yapmadıklarını söylediler.[[fanfani-1963-diary-jan16]][[bundy-1963-memo-fanfani]] Şubatta Roma’da ABD Savunma Bakan Yardımcısı Roswell Gilpatric ile görüşen Fanfani, İtalya’nın Garibaldi kruvazörünü Polaris füzeleriyle donatma fikrinden vazgeçtiğini söyledi.[[embassy-rome-1963-tel1612]]',
			alt: 'Zaman çizelgesi İtalya şeridine odaklanıyor; Andreotti’nin 9 Ocak 1963’te bildirilen tepkisi ile Fanfani’nin 16-17 Ocak’taki Washington ziyareti öne çıkarılıyor.'
		},
		'italy-suspicion': {
			text: 'Kuşkular, kamuoyuna söylenenlerin önüne geçmişti. O sırada Harvard’da profesör olan Henry Kissinger, Roma’daki görüşmelerinin ardından, görüştüğü “hemen herkesin” (aslı İngilizce) Sovyetlerle bir anlaşma yapıldığından kuşkulandığını bildirdi.[[embassy-rome-1963-tel1411]][[burr-nuti-2023-endgame]] Kennedy 24 Ocak’taki basın toplantısında, Fanfani’nin umduğu gibi, Jüpiterler hakkında olabildiğince az şey söyledi.[[jfkl-1963-news-conference-47]][[embassy-rome-1963-tel1451]] İtalya ile ABD, füzelerin kaldırılmasını karara bağlayan notaları 22 Mart’ta teati etti.[[embassy-rome-1963-a1368]]',
			alt: 'Zaman çizelgesi İtalya şeridine odaklanıyor; Kissinger’ın Ocak 1963’te Roma’dan gönderdiği rapor ile İtalya’nın nota teatisini imzaladığı 22 Mart öne çıkarılıyor.'
		},
		'turkey-talks': {
			text: 'Türkiye daha çetin çıktı. Büyükelçi Raymond Hare’in aynı gün çektiği telgrafa göre Türk yöneticiler değişikliği 18 Ocak’ta ilke olarak kabul etti; ama denizaltılardan ikisinin bir Türk komutanın emrine verilmesini ve bunlar için Türk mürettebat yetiştirilmesini (Washington bunu reddetti), ayrıca daha fazla F-104G avcı-bombardıman uçağının daha erken teslim edilmesini istedi.[[frus-1961-63-v16-d388]][[nsa-1963-bowling-memo]][[burr-nuti-2023-endgame]] Ankara ile nota teatisi ancak 10 Nisan itibarıyla tamamlanmıştı.[[embassy-ankara-1963-april-tels]]',
			alt: 'Zaman çizelgesi Türkiye şeridine odaklanıyor ve iki işareti öne çıkarıyor: Türkiye’nin Ocak 1963’te değişikliği ilke olarak kabul etmesi ve 10 Nisan’da tamamlandığı bildirilen nota teatisini gösteren “Türkiye imzalıyor”.'
		},
		denials: {
			text: 'Resmî tutum inkârdı. Roma Büyükelçiliğine, Küba ile yapılacak her türlü karşılaştırma hakkında yorum yapmaması, ancak konu açılırsa ABD’nin böyle bir karşılaştırmayı da pazarlığı da kesinlikle reddettiğini söylemesi bildirildi.[[dos-1963-deptel1250]] 25 Ocak’ta Rusk bir Senato alt komitesine, füzelerin kaldırılmasının Küba krizinin çözümüyle hiçbir ilgisi olmadığını, bunun NATO kuvvetlerinin modernizasyonunun bir parçası olduğunu söyledi.[[sfrc-1963-cuban-developments]] Burr ve Nuti’nin yazdığına göre McNamara da Kongreye herhangi bir takas yapılmadığını söyledi; ama John Stennis gibi senatörler ikna olmadı.[[burr-nuti-2023-endgame]]',
			alt: '1962–63 kışının zaman çizelgesinde, Dışişleri Bakanlığının 18 Ocak 1963 tarihli telgrafını gösteren “Roma’ya talimat” ile 1963 başındaki “Kongrede ifade” öne çıkarılıyor.'
		},
		'first-patrol': {
			text: 'Mart 1963’te USS Sam Houston, İskoçya’daki Holy Loch’tan denize açıldı ve Akdeniz’e giren ilk balistik füze denizaltısı oldu; plana göre 28 Mart’a kadar Akdeniz’de olacak, NATO Avrupa Müttefik Kuvvetler Komutanının emrindeki devriyeler de 1 Nisan’da başlayacaktı.[[danfs-sam-houston]][[jcs-1963-withdrawal-polaris]][[embassy-rome-1963-a1368]] Denizaltı 14 Nisan’da, Türk yetkililer kendi füzelerinin yerini alan silahı görebilsin diye İzmir’e uğradı.[[embassy-ankara-1963-april-tels]]',
			alt: 'USS Sam Houston’ın İskoçya’daki Holy Loch’tan Cebelitarık Boğazı üzerinden Akdeniz’e uzanan ve 14 Nisan 1963’teki İzmir liman ziyaretiyle sona eren şematik rotası; Holy Loch ve İzmir Limanı işaretli.'
		},
		'pot-pie': {
			text: 'Söküm işine Pot Pie kod adı verildi. İşin İtalya’da 1 Nisan’da, Türkiye’de 15 Nisan’da, olabildiğince az duyurularak başlaması planlanmıştı; büyükelçiliklere, Sovyetlerin Küba’dan çekilmesiyle her türlü karşılaştırmadan kaçınmaları bildirildi.[[usaf-1963-pot-pie-plan]][[embassy-rome-1963-a1368]]',
			alt: 'Zaman çizelgesi Nisan 1963’e yakınlaşıyor; sökümün İtalya’da başladığı 1 Nisan ile Türkiye’de başladığı 15 Nisan öne çıkarılıyor.'
		},
		'last-missile': {
			text: '25 Nisan’da McNamara Kennedy’ye bir not gönderdi: Türkiye’deki son Jüpiter bir gün önce sökülmüştü, son Jüpiter savaş başlığı da o cumartesi, 27 Nisan’da uçakla Türkiye’den çıkarılacaktı.[[mcnamara-1963-note-last-jupiter]] İtalya’da 1 Nisan’da başlayan 25 günlük sürede savaş başlıkları, burun konileri ve güdüm sistemleri ülke dışına çıkarılacak, otuz füze de yatay konuma getirilecekti; gövdelerin hurdaya ayrılması altı ila sekiz ay sürebilirdi.[[rome-embassy-1963-tel1890]] Türkiye’deki son füze, Adalet Bakanlığındaki o geceden beş ay 28 gün sonra söküldü. Bu, Robert Kennedy’nin sözünü ettiği dört beş ayı biraz aşıyordu ama söz tutulmuştu.[[frus-1961-63-v11-d96]][[mcnamara-1963-note-last-jupiter]]',
			alt: 'Nisan 1963 zaman çizelgesinde 24 Nisan’da Türkiye’de sökülen son füze ile McNamara’nın 25 Nisan tarihli notu öne çıkarılıyor; altta her ülkede yerinde duran füze sayısı sıfıra iniyor.'
		},
		'sites-empty': {
			text: 'Nisan sonuna gelindiğinde İzmir çevresindeki Jüpiterler sökülmüştü; Puglia ve Basilicata’daki on mevzide bulunanların da bu tarihe kadar kullanılamaz hale getirilmiş, gövdelerinin hurdaya ayrılmak üzere bırakılmış olması gerekiyordu. İtalya’nın Jüpiter tugayı 1 Temmuz’da lağvedildi.[[mcnamara-1963-note-last-jupiter]][[rome-embassy-1963-tel1890]][[wikipedia-it-36-aerobrigata]] Onların yerini alanlar ise haritada bir noktaya oturtulamazdı: NATO Avrupa Müttefik Kuvvetler Komutanının emrine verilmiş, Akdeniz’in bir yerlerindeki Polaris denizaltıları.[[embassy-rome-1963-a1368]]',
			alt: 'İtalya ve Türkiye haritası: bütün Jüpiter mevzilerinin üzeri çizili, Türkiye’deki alan grileşmiş; Nisan 1963’te Türkiye’deki füzeler sökülmüş, İtalya’dakiler kullanılamaz hale getirilmek üzere. Geriye yalnızca denizdeki temsili Polaris noktası kalıyor.'
		},
		'silence-begins': {
			text: 'Ardından sessizlik geldi. Dokuz kişiden John F. Kennedy aynı yılın kasımında, Robert Kennedy de Haziran 1968’de öldürüldü; Llewellyn Thompson ise 1972’de öldü. Hiçbirinin hayattayken bir pazarlığı kabul ettiği bilinmiyor; ama Robert Kennedy’nin ölümünden sonra yayımlanan anıları, verilen güvenceyi anlatıyordu.[[arlington-jfk]][[millercenter-rfk]][[wikipedia-thompson]][[rfk-1969-thirteen-days-excerpt]]',
			alt: 'Yaşam çizgileri grafiği 1958–1992 dönemine yakınlaşıyor. Çizgileri 1972’ye kadar sona eren John F. Kennedy, Robert F. Kennedy ve Llewellyn Thompson işaretli.'
		},
		'thirteen-days': {
			text: 'Robert Kennedy’nin kendi anıları Thirteen Days (On Üç Gün), ölümünden sonra, önce Kasım 1968’de McCall’s dergisinde, 1969’da da kitap olarak yayımlandı.[[time-1968-bobbys-view]][[nyt-1969-thirteen-days-review]] Kitapta Kennedy’nin Dobrinin’e bir quid pro quo olamayacağını, füzelerin krizden kısa süre sonra gideceğini söylediği yazıyordu. Robert Kennedy’nin biyografisini yazan Larry Tye’ın aktardığına göre, kitabın editörlüğünü yapan Sorensen yirmi yıl sonra, metnin pazarlığa daha açık biçimde değinen kısmını çıkardığını söyledi.[[rfk-1969-thirteen-days-excerpt]][[tye-undated-rfk-biography]]',
			alt: 'Yaşam çizgileri grafiğinde Thirteen Days’in yayımlandığı Kasım 1968 gösteriliyor: dokuz kişiden yedisi hayattaydı. Kitabın yazarı Robert F. Kennedy ile editörü Theodore Sorensen işaretli.'
		},
		schlesinger: {
			text: 'Tarihçiler bu anlatıda zamanla gedikler açtı. Arthur Schlesinger Jr.’ın 1978’de yayımlanan biyografisi Robert Kennedy and His Times, sonraki tarihçilerin güvence konusunda kaynak gösterdiği eserler arasında.[[trachtenberg-constructed-peace-notes]][[dobbs-2008-one-minute]]',
			alt: 'Yaşam çizgileri grafiğinde 1978 yılı gösteriliyor: dokuz kişiden altısı hayattaydı.'
		},
		'time-1982': {
			text: 'Eylül 1982’de, krizin yirminci yıl dönümünde, içlerinden altısı (Rusk, McNamara, Ball, Gilpatric, Sorensen ve Bundy) Time dergisinde krizin dersleri üzerine ortak bir yazıya imza attı. Yazının sekizinci maddesi, Türkiye’deki füzelere ilişkin gizli bir güvenceden söz ediyordu: yirmi yıl sonra bunu ilk kez birlikte kabul ediyorlardı, ama henüz bir pazarlık olarak değil.[[time-1982-lessons]][[cia-1982-crest-time-copy]][[burr-nuti-2023-endgame]]',
			alt: 'Yaşam çizgileri grafiğinde Eylül 1982 gösteriliyor. Time’daki yazıyı imzalayan, hayattaki altı yetkili işaretli: Dean Rusk, Robert McNamara, George W. Ball, Roswell Gilpatric, Theodore Sorensen ve McGeorge Bundy.'
		},
		'hawks-cay': {
			text: 'Mart 1987’de Florida’daki Hawk’s Cay’de düzenlenen bir konferansta Bundy, Rusk’ın bir mektubunu okudu: Kennedy, Rusk’a bir B planı yazdırmıştı. Bu, BM’deki U Thant’ın ağzından yapılacak, hem Jüpiterlerin hem de Küba’daki füzelerin kaldırılmasını öneren bir açıklamaydı ve Andrew Cordier bunu ancak yeni bir işaret gelirse iletecekti. Bu yola hiç başvurulmadı.[[frus-1961-63-v11-d99]][[pw-1989-on-the-brink]] Mektup aynı yılın ağustosunda The New York Times Magazine için yazılan bir makaleyle basına yansıdı; ekimde Harvard’da yapılan ikinci bir toplantı ise Sovyet katılımcıları da masaya getirdi.[[nyt-1987-rusk-cordier-tribune]][[csmonitor-1987-cambridge]]',
			alt: 'Yaşam çizgileri grafiğinde Mart 1987 gösteriliyor; hayatta kalan altı kişinin hepsi o tarihte hâlâ yaşıyordu. Mektubu okuyan McGeorge Bundy ile mektubu yazan Dean Rusk işaretli.'
		},
		'danger-and-survival': {
			text: '1988’de Bundy, nükleer çağın tarihini anlattığı Danger and Survival’ı yayımladı; tarihçiler pazarlık konusunda bu kitabı Thirteen Days ve Schlesinger’ın eseriyle birlikte kaynak gösteriyor.[[independent-1996-bundy-obit]][[trachtenberg-constructed-peace-notes]]',
			alt: 'Yaşam çizgileri grafiğinde 1988 gösteriliyor. Kitabın yazarı McGeorge Bundy işaretli.'
		},
		'moscow-1989': {
			text: 'Ocak 1989’da krizde rol almış Amerikalı, Sovyet ve Kübalı isimler Moskova’da bir araya geldi.[[latimes-1989-moscow]][[chicagotribune-1989-moscow]] Burr ve Nuti’nin yazdığına göre Dobrinin orada 27 Ekim’deki görüşmeyi anlattı; Larry Tye’ın aktardığına göre de Sorensen, pazarlığı Thirteen Days’den çıkardığını itiraf etti.[[burr-nuti-2023-endgame]][[tye-undated-rfk-biography]]',
			alt: 'Yaşam çizgileri grafiğinde, pazarlığın Moskova konferansında ayrıntılarıyla anlatıldığı Ocak 1989 gösteriliyor. Orada metinden çıkardığı bölümü itiraf eden Theodore Sorensen işaretli.'
		},
		'who-was-left': {
			text: 'Dokuz kişiden altısı bu günleri görecek kadar yaşadı: Rusk ve Ball 79, Gilpatric 82, McNamara 72, Bundy 69, Sorensen 60 yaşındaydı. Aradan yirmi altı yıl üç ay geçmişti.[[worldbook-rusk]][[britannica-ball]][[dod-history-gilpatric]][[worldbook-mcnamara]][[aca-1996-bundy]][[ap-2010-sorensen-obit-newsmax]][[latimes-1989-moscow]]',
			alt: 'Ocak 1989’da yaşam çizgileri grafiği, o sırada hayatta olan herkesin yaşıyla. Hayatta kalan altı kişi işaretli: Dean Rusk, George W. Ball, Roswell Gilpatric, Robert McNamara, McGeorge Bundy ve Theodore Sorensen.'
		},
		'still-hidden': {
			text: 'Burr ve Nuti 2023’te, yani altmış yıl sonra yazdıklarında bile pek çok şey hâlâ kapalıydı. Savunma Bakanlığının Jüpiterlere ilişkin kayıtlarına erişilemiyordu; Dışişleri Bakanlığına ait onlarca belge dosyalardan çekilmiş, birçoğu da 2001 civarında yeniden gizli ilan edilmişti.[[burr-nuti-2023-endgame]] Bulabildiğimiz hiçbir resmî kaynak Türkiye’deki fırlatma mevzilerinin tam yerini vermiyor, Türkiye ile yapılan nota teatisinin metni hâlâ gizli ve İtalya’daki Jüpiterlerin kullanılamaz hale getirildiği gün ulaşabildiğimiz belgelerde yer almıyor.[[burr-nuti-2023-sealing-deal]][[embassy-ankara-1963-april-tels]]',
			alt: 'Ocak 1989’da yaşam çizgileri grafiği; kimse işaretli değil: bu adımda anlatılan belgeler grafikte gösterilmiyor.'
		}
	}
} satisfies StoryWords;
