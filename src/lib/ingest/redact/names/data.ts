// Generated list of given names current in Sweden; see README.md in this folder for
// where each part comes from and under what licence. Lower case, one space apart.
// Edit the sources, not the union: a name may sit in several groups.

export const NAME_GROUPS: Record<string, string> = {
	// Earlier project list (general Swedish names)
	project: `
adam adrian agnes ahmed albin alexander alexandra alfred ali alice alicia alma alva amanda amelia
amira anders andreas anette angelica anita anja ann anna anneli annelie annika anton arvid astrid
axel aya barbro beata bengt benjamin bianca birgitta björn bo britt camilla carin carina carl
carolina caroline casper cecilia charlotte christer christian christina christine christoffer clara
dalia daniel david denise dennis ebba edith elena elias elin elina elisabet elisabeth ella ellen
ellinor elsa emelie emil emilia emma erik erika ester eva evelina fanny fatima felicia filip frank
fredrik frida gabriella greta gunilla gustaf gustav göran hampus hanna hannah hans hassan hedda
helen helena helene henrik hilda hugo ibrahim ida ingrid irene iris isabella isabelle isak jacob
jakob jan jasmine jennie jenny jessica joakim joanna johan johanna johannes john jonas jonathan
josef josefin josefine julia kalle karin karl katarina kent kerstin kevin klara kristian kristina
lars lea leah leila lena lennart leo leon liam lina linda linn linnea linus lisa liv lo lotta louise
lovisa lucas ludvig lukas madeleine magnus maj maja malin marcus maria marie marina markus marta
martin matilda mats mattias max maya meja mia michael mikael mimmi minna mira miriam moa mohamed
mohammad mohammed molly monica monika muhammad my nadia natalie niklas nils noah nora nour olivia
olle omar oscar oskar ove patrik paula per peter petra petter pia rasmus robert robin roger ronja
rut sabina saga sandra sanna sara sarah selma signe silvia simon siri siv sofia sofie sonja stefan
stella sten stig susanne svea sven tanja teresa therese thomas tilda tina tobias tomas tor tove tuva
tyra ulf ulla ulrika vanessa vera veronica veronika victor victoria viktor viktoria vilja vilma
vincent wilhelm william wilma yasmin ylva young yusuf zakaria åke åsa
`,
	// Compiled for this project from general knowledge: names current in Sweden, swedish
	'compiled-swedish': `
adam agnes agneta albin alfred alice alva alvin amanda anders andreas anette ann-christin ann-marie
ann-sofie anna anna-karin anna-lena annette annika anton arne arvid astrid axel barbro bengt bengt-
göran benjamin benny berit bertil birger birgitta björn bo britt britt-marie camilla carina carl
carl-johan carolina caroline casper cecilia charlotte christer christina christoffer conny dagny
daniel ebba ebbe edvin einar elias elin elisabeth ellen elliot elsa elvira emelie emil emilia emma
erik erika ester eva eva-lena evert felicia filip folke fredrik freja frida gerd gert gudrun gun
gunilla gunnar gunnel gustaf gustav göran gösta hampus hanna hans hans-olof harry hasse hedvig
helena henrik hilma hugo ida idun ines ingalill ingegerd ingela ingemar inger ingrid ingvar irene
isak ivar jacob jakob jan jan-erik jan-olov janne jeanett jeanette jenny jesper jessica joakim
joanna jocke johan johanna jonas josefin josefine julia jörgen jörn kalle karin karl karl-johan
kasper kenneth kent kerstin kjell kjell-åke klara kristin kristina kristoffer lage lars lars-erik
lars-göran lasse leif lena lena-maria lennart leo liam linda linnea linnéa lisa louise love lovisa
lucas ludvig lukas madeleine magnus maja majvor malin malte marcus margareta margit maria marianne
marie markus martin mathilda matilda mats matthias mattias melvin michael michaela micke mikael
mikaela moa mohammed mona monica monika märta natalie nathalie nellie nicklas niklas nils nils-erik
noah ola olle olof oscar oskar otto ove patrick patrik paulina pauline pelle per per-anders per-olof
peter petra pia pontus putte ragnar ragnhild rasmus rebecca rebecka roland rolf rune rut ruth saga
sally samuel sandra sara sebastian selma sigge signe sigrid simon siv sixten sofia sofie solbritt
solveig sonja sophie stefan sten stig stina sune susanne sven sven-erik tage terese theo therese
thomas tilda tomas tommy torbjörn tove ture tuva tyra ulf ulla ulla-britt vera veronica veronika
victor victoria viggo viktor viktoria vincent viveka vivianne walter william wilma yngve yvonne åke
åsa östen
`,
	// Compiled for this project from general knowledge: names current in Sweden, somali
	'compiled-somali': `
abdi abdiaziz abdikadir abdinasir abdirahman abdirashid abdirizak abdisalan abdiwali abdullahi
abshir adan aden ahmed ahmednur aisha ali amina asad asha asli awale ayaan ayanle bashir bile caasha
cabdi cali ciise dahir deeqa faduma fadumo farah farhiya fartun faysal filsan fowsia guled halima
hamda hamdi hassan hawa hibo hinda hirsi hodan hodo hooyo hussein idil ifrah ikran ilhan ilyas
ismail istar jama kaltun keynan khadra khalid leylo liban luul mahad mahamed maryan maxamed mohamed
mohamud mukhtar muna mursal mustafe naima nasra nimo nur omar osman qamar rahma ruqiya sacid safiya
sagal sahra sahro said sakariye samira shafi shamsa sharmarke shukri suad sucaad ubah ugaas warsame
xasan xuseen yasmin yusuf zahra zamzam
`,
	// Compiled for this project from general knowledge: names current in Sweden, arabic
	'compiled-arabic': `
abdallah abdelkader abdelrahman abdulaziz abdullah abdulrahman adel adil ahmad ahmed ali amal amani
amir amira ammar anas asma aya ayah ayat basel bassam batool batoul bilal dalia dania doaa duaa emad
eman fahad fahd faisal farah fatima fatma ghada hadeel hadi hadil haitham hala hamed hamid hamza
hamzah hanadi hanan hasan hassan heba hiba hisham hoda huda husein hussein ibrahim imad iman ismail
issa jalal jamal jamil jana jasmin jusuf kamal kareem karim khadija khaled khalid lamia layla leila
lina louay luay lubna maha mahmoud mahmud majed majid malak manal mariam marwa marwan maryam mazen
mohammad mohammed mona mounir muhammad muhammed muna munir mustafa mustapha nabil nada nadia nadja
najla nasir nasser nawal nesrin nisrin nizar noor nour noura nur omar osama qasim qassem raed rahaf
rami ramy rana rania rasha rashed rashid rawan reem riad rim rima riyad ruba rula saeed safaa said
salah saleh salma samar sami samir samira sana sanaa sawsan shahad shaima sidra sufyan suha talal
tarek tariq tasnim umar usama wael wafaa waleed walid wiam widad yara yasin yasmin yasmina yasser
yassin yousef youssef yusuf zahra zainab zakaria zakariya zaynab zeina zeinab zena ziad ziyad
`,
	// Compiled for this project from general knowledge: names current in Sweden, persian
	'compiled-persian': `
afshin alireza amirhossein arash ardalan arman armin arya aryan azadeh azar babak bahar bahram
banafsheh bardia behnam behrouz behzad bijan darius dariusch dariush darya daryush ehsan elham
farbod farhad fariba farid farnaz farshid farzad farzaneh fereshteh golnaz haleh hamid hamidreza
hengameh homa hooman hossein iman jalal javad kamran kaveh keyvan kian kiarash kourosh kurosh ladan
laleh leila mahdi mahnaz mahsa mahtab majid mani maryam masoud massoud mehdi mehran mehrdad milad
mina minoo mitra mohsen mojgan morteza mozhgan nader nahid narges nasim nasrin navid nazanin neda
negin niloofar nilufar nima nooshin omid pari parisa parsa parvaneh parvin parviz payam pedram pegah
peyman pouria pouya ramin reza rostam roxana roya saeed sam saman samaneh sanaz sara sasan sepehr
sepideh setareh shabnam shahab shahin shahla shahram shahrzad shirin shiva siamak simin sina soheila
sohrab soraya soroush taha taraneh tina vahid yasaman yasamin yousef ziba zohreh
`,
	// Compiled for this project from general knowledge: names current in Sweden, turkish
	'compiled-turkish': `
abdullah ahmet ali aylin ayse aysel ayten ayşe beyza burak busra büşra can cansu cem deniz derya
dilara dilek duygu ebru ecem eda elif emel emine emre engin ercan erdal erdem eren ergün erkan esma
esra ezgi fatih fatma ferhat gizem gökhan gül gülay gülsen hakan halil hande hasan hatice hülya
hüseyin ibrahim irem irmak ismail i̇brahim i̇rem i̇smail kaan kadir kemal kenan kübra levent leyla
mahmut mehmet melek meltem mert merve metin murat mustafa nur nurcan nurhan omer onur orhan osman
ozan ozlem pinar pınar ramazan recep salih selin sena serap serdar serkan sevgi sevim sibel sinan
songül sule suleyman süleyman tarık tolga tuba tugba tuncay tuncer tuğba umut volkan yasemin yasin
yeliz yunus yusuf zehra zeki zerrin zeynep ömer özlem şule
`,
	// Compiled for this project from general knowledge: names current in Sweden, polish
	'compiled-polish': `
adam agnieszka aleksandra andrzej anna artur barbara bartosz beata damian dariusz dawid dominika
dorota elzbieta elżbieta ewa grazyna grażyna grzegorz halina iwona izabela jacek jadwiga jakub jan
janusz jerzy joanna jozef julia justyna józef kacper kamil karolina katarzyna kinga krystyna
krzysztof lukasz maciej magdalena malgorzata marcin marek mariusz marta mateusz małgorzata michal
michał monika natalia patryk paulina pawel paweł piotr przemyslaw przemysław rafal rafał renata
robert ryszard sebastian slawomir stanislaw stanisław szymon sławomir tadeusz teresa tomasz urszula
wanda weronika wieslaw wiesław wiktor witold wojciech zbigniew zdzisław zofia zuzanna łukasz
`,
	// Compiled for this project from general knowledge: names current in Sweden, finnish
	'compiled-finnish': `
aila aino aki anneli antti ari arja eero eeva eila elina esa hannele hannu heikki heli helmi helvi
hilkka ilkka inkeri irja jaana janne jari jarmo johanna jouni juha juhani jukka jussi kaarina kaija
kalevi kalle kari katja kimmo kirsi kristiina leena liisa maarit maija marja marjatta markku matti
merja mervi mika mikko minna mirja niina olli outi paivi pasi paula pekka pentti petri pia pirjo
päivi raija raili raimo reijo riitta risto ritva sami sari satu seija seppo simo sinikka sirpa soile
taina tapani tapio tarja teemu terhi tiina timo toni tuija tuomas tuula tuulikki ulla unto veikko
vesa ville virpi väinö yrjö
`,
	// Compiled for this project from general knowledge: names current in Sweden, bosnian
	'compiled-bosnian': `
adem adis admir adnan ajla ajna alen alija alma almir amel amela amina amir amra anel armin arnela
azra belma benjamin damir dino dzemal dzenan dzenita džemal dženan dženita edin edina edita elma
elvir elvis ema emin emina emir emira enes enis ermin esad fahrudin faruk fikret hajrudin hamza hana
haris harun hasan hasib hatidza hatidža husein ibro irfan ismet izet jasmin jasmina jasna kemal
kenan lamia lamija lejla ljiljana maida medina mehmed melisa merima mersiha midhat mirela mirsad
mirsada mirza muhamed mujo naida nedim nejla nejra nermin nihad nijaz refik sabina safet samir
sanela sead sefik selim selma semir senad senada senida suad sulejman tarik vedad vesna zijad zlata
zlatan šefik
`,
	// @faker-js/faker 10.6.0, locale sv, person.first_name (MIT)
	'faker-sv': `
adam agnes agneta albin alexander alexandra ali alice alva amanda anders andreas anette anita ann
ann-christin ann-marie anna anneli annika anton arvid astrid axel barbro bengt berit birgitta björn
bo britt britt-marie camilla carina caroline cecilia charlotte christer christian christoffer claes
daniel david dennis ebba edvin elias elin elisabeth ella ellen elsa emelie emil emilia emma erik
erika eva felicia felix filip fredrik frida gabriel gun gunilla gunnar gunnel gustav göran hanna
hans helen helena henrik hugo håkan ida inger ingrid isabelle isak jakob jan jenny jesper jessica
jimmy joakim joel johan johanna john johnny jonas jonathan josef josefin julia jörgen karin karl
karolina katarina kenneth kent kerstin kevin kjell klara kristina kurt lars leif lena lennart leo
liam lina linda linn linnéa linus lisa lisbeth louise lovisa lucas ludvig madeleine magnus maja
malin marcus margareta maria marianne marie martin matilda mats mattias max mikael mikaela moa
mohamed mona monica nathalie niklas nils nina oliver olivia olle olof oskar patrik per pernilla
peter pia pontus rasmus rebecca rickard robert robin roger rolf samuel sandra sara sebastian simon
siv sofia sofie sonja stefan stig susanne sven therese thomas tobias tommy torbjörn ulf ulla ulrika
viktor viktoria william wilma yvonne åke åsa
`,
	// @faker-js/faker 10.6.0, locale fi, person.first_name (MIT)
	'faker-fi': `
aino aleksi anja anna anne anneli annikki antero antti ari eero eeva elina elisabet emilia ensio
erik erkki eveliina hanna hannele hannu heikki helena henrik ilmari inkeri irmeli jaakko janne jari
johanna johannes juha juhani juho jukka kaarina kalervo kalevi kari karoliina katariina kristian
kristiina kyllikki laura lauri leena liisa maarit maija mari maria marika marja marjatta markku
marko markus martti matias matti mika mikael mikko minna olavi orvokki oskari pauliina pekka pentti
petri petteri pirjo pirkko päivi riitta ritva sakari sami sari satu seppo sinikka sofia susanna
tapani tapio tarja tellervo tiina timo tuomas tuula tuulikki valtteri veikko ville
`,
	// @faker-js/faker 10.6.0, locale pl, person.first_name (MIT)
	'faker-pl': `
aaron abraham ada adam adelajda adrian agata agaton agnieszka agrypina aida alan albert aleksander
aleksandra aleksy alfred alicja alina alwar amabela amanda ambroży anastazja anatol andrzej
andżelika angela angelina anna ansgary antoni antonina apollinary apollo archibald ariadna arkadiusz
arkady arnold arseniusz artur arystarch atanazy august aurora baldwin barbara bazyli beatrycze
benedykt beniamin bernard berta bertram bertrand bibiana bibianna borys brajan bruno brygida błażej
cecylia cecyliusz cezary chloe cyra cyrus cyryl damian daniel daria dariusz dawid demetriusz diana
dina dionizy dominik donald dorian dorota edgar edmund edward edwin edyta efraim efrem eleazar
eleonora eliasz eliza elwira elżbieta emanuel emil emilia erast ernest erwin estera eudokia eudoksja
eugenia eugeniusz eustracjusz ewa ewelina fabian feliks ferdynanda filemon filip filipa florencja
florian franciszek franciszka fryderyk gabriel gabriela galfryd gedeon gerald gerazym gertruda
gilbert ginewra gloria gonsalwy gracja greta grzegorz gwido hanna harald helena henryk henryka
herbert herman hieronim hilarion hilary hipolit horacy hubert hugo ida ignacy igor ilona innocenty
irena ireneusz irma izaak izabela izajasz izolda izydor jadwiga jakub jakubina jan janina janusz
jeremi jeremiasz jerzy joachim joanna jonatan jozue judyta julia julian julita juliusz justyn
justyna józef józefina kalistrat kamila karol karolina katarzyna kazimierz kira klara klarencjusz
klaudia klaudiusz klemens klementyna kleopatra konrad konstancja konstanty konstantyn koralia kornel
korneli kornelia korneliusz krystian krystyna krzysztof ksawera ksawery ksenia ksenofont kwintyn
larysa laura laurencja laurencjusz laurenty laurentyna lea leila leon leonard leonid lidia lilia
liliana lilianna lilla liza lucja lucjan ludwik ludwika luiza magdalena magnus maja makary maksym
maksymilian malwina marceli marcin marek maria marianna marta martyna maryna mateusz matylda maurycy
małgorzata melania michalina michał mikołaj miron modest mojżesz monika nadzieja natalia natan
natanael nazariusz nazary nestor nikodem nikola nina noemi ofelia olaf oleg olga olimpia oliwia
oliwier onufry orestes oskar osmund pankracy pantaleon patrycja patrycjusz patrycy patryk paula
paulina paweł pelagia penelopa piotr platon polikarp porfiriusz porfiry prokles prokop prokul
rachela rafał rajmund rajnold randolf rebeka regina reginald renata robert roderyk roger roksana
roland roman romeo rozalia rudolf rufina ruta ryszard róża sabina salomon salwator samson samuel
sara sebastian serafin serafina sergiusz seweryn spirydion stanisław stefan stefania stella sybilla
sylwester sylwia szczepan szymon tacjana tamara tekla teodor teodora terencjusz teresa tobiasz
tomasz tymoteusz wacław walenty walentyn walentyna waleria walerian walery walgierz walter wanda
wanesa wawrzyniec weronika wiara wiktor wiktoria wilfryd wilhelm wilhelmina wincenty wirginia
witalis władysław włodzimierz zachariasz zachary zoe zofia zuzanna zygmunt łazarz łucja łukasz
żaneta
`,
	// @faker-js/faker 10.6.0, locale tr, person.first_name (MIT)
	'faker-tr': `
aba abak abaka abakan abakay abar abay abendam abidin abluç abı abılay abşar acar acun adalan adaldı
adalmış adar adaş adberilgen adel adelya adem adil adile adlı adlıbeğ adnân adraman adsız adıgüzel
adık adıkutlu adıkutlutaş affan afi afitap afra afşar afşin afşın agâh ahenk ahlem ahmet ahsen ak
akalp akata akaş akbatur akbay akbaş akboğa akbudak akbulak akbuğra akbörü akdemir akdoğan akkun
akkunlu akkurt akkuş akpıra aksungur aktan aktekin aktimur akça akçakoca akçora akı akıbudak akım
akın akıner akınçı al ala alaban alabörü aladağ aladoğan alakurt alayunt alayuntlu aldemir aldoğan
aldıgerey algu ali alican alisa alişan alişir alka alkabölük alkaevli alkan alkaşı alkış almila alp
alpagut alpamış alparsbeğ alparslan alpata alpay alpaya alpaykağan alpbamsı alpbilge alpdirek
alpdoğan alper alperen alpertunga alpgerey alphan alpike alpilig alpkara alpkutlu alpkülük alptegin
alptunga alpturan alptutuk alptuğrul alpuluğ alpurungu alpurungututuk alpyörük alpış alpşalçı altan
altankan altankağan altay altemur altmışkara altuga altın altınkan altınkağan altınoba altıntamgan
altıntamgantarkan altıntarkan altıntay alvina alımga amara amaç amelya ammâr amrak amul anar
andarıman andaç anise anita anka ant ançuk anıl apa apak apatarkan aprançur araboğa arademir aral
arbay arbuz arda ardıç argu argun argıl arif arkın arkış armağan arnaç arpat arsal arslan
arslanargun arslanbörü arslansungur arslantegin arslanyabgu arsıl artuk artukaç artut artıınal aruk
arya arçuk arı arıboğa arık arıkağan arıkdoruk arın arınç arşun asartegin asil aslım asrı asuela
asuğ asım asığ ata atakan atakağan atalan atalay ataldı atalmış ataman atasagun atasu ataç
atberilgen atilla atlı atlıbeğ atlıkağan atmaca atsız atunçu atâullah atıf atıgay atıkutlu
atıkutlutaş atıla atılgan atım atımer atış avar avluç avni avşar ay ayas ayaz ayaçı ayaş aybalta
ayban aybars aybeğ aydarkağan aydemir aydoğan aydoğdu aydoğmuş aydın aydınalp aygırak ayhan aykal
aykan aykağan aykurt aykut ayluç ayluçtarkan ayma ayren ayruk aysar aysılığ aytak aytaç aytekin
aytuğ ayvaz ayyıldız ayıtmış ayız ayızdağ ayşıl azak azban azer azgan azganaz aziz azizhan azmi azıl
açela açelya açuk açık açılay açığ ağabay ağakağan ağalak ağlamış ağça aşan aşanboğa aşantudun
aşantuğrul aşkın aştaloğul aşuk aşıkbulmuş babacan babur babır badabul bade badruk badur baha
bahadır bahri bahtiyar bakağul baksı bakır bakırsokum bakşı balaban balaka balakatay balamır baldu
balkık balta baltacı baltar baltur baltır balçar balın bamsı bangu barak baraktöre baran barbeğ
barbol barboğa barbulsun bardıbay bargan barkan barkdoğdu barkdoğmuş barkdurdu barkdurmuş barkın
barlas barlıbay barmaklak barmaklı barman bars barsbeğ barsboğa barsgan barskan barsurungu bartu
barça barçadoğdu barçadoğmuş barçadurdu barçadurmuş barçan barçatoyun barımtay barın barış basademir
basan basanyalavaç basar basat baskın basmıl bastuğrul bastı basu basut batrak battal batu batuhan
batuk batur baturalp bay bayankağan bayançar bayat bayazıt baybars baybayık baybiçen baybora bayboğa
baybüre baydar baydemir baydur baykal baykara baykoca baykuzu baymünke bayna baynal baypüre bayrak
bayram bayraç bayruk bayrı bayrın baysungur baytara baytaş bayunçur bayur bayurku bayutmuş bayuttu
bayık bayındır bayınçur bazır baçara baçman baççayman bağa bağaalp bağan bağatarkan bağatengrikağan
bağatur bağaturgerey bağaturipi bağatursepi bağaturçigşi bağaışbara bağaşatulu bağdagül bağtaş bağış
başak başbuğ başgan başkurt başkırt baştar başçı bedir bedirhan bediz bedran bedreddin bedri begi
begil begine begitutuk beglen begni behiç behlül behram behrem behzat behçet bek bekazıl bekbekeç
beker bekeç bekeçarslan bekeçarslantegin bekeçtegin bekir beklemiş bektaş bektür belek belemir belgi
belgüc belma beltir beltun belçim belçir bengi bengü benice benli benlidemir bera berat berceste
berdibeğ berendey berginsenge bergü berinay berk berkan berkay berke berkin berkiş berkyaruk bermek
berran berre berva berçin besentegin besim besra betemir beyizçi beyrek beyrem beçeapa beçkem beğ
beğarslan beğbars beğbilgeçikşin beğboğa beğdemir beğdilli beğdurmuş beğkulu beğtaş beğtegin
beğtüzün beğçur beşer beşir bilge bilgebayunçur bilgebeğ bilgekan bilgekağan bilgekutluk
bilgekülüçur bilgetamgacı bilgetardu bilgetaçam bilgetegin bilgetonyukuk bilgez bilgeçikşin
bilgeışbara bilgeışbaratamgan bilgin bilgiç bilig biligköngülsengün bilik bilâl binbeği bindir birol
biçek boldaz bolmuş bolsun bolun boncuk bongul bongulboğa bora boran borlukçu bornak borçul boyan
boyankulu boylabağa boylabağatarkan boylakutlutarkan bozan bozbörü bozdoğan bozkurt bozkuş bozok
boğa boğaç boğaçuk budak budağ budunlu bukak bukaktutuk bulak bulan bulaçapan buldur bulgak bulmaz
bulmuş buluk bulut buluç buluğ buluş bumın bunsuz burak burguçan burhan burkay burslan burulday
burulgu burunduk burçak butak butuk buyan buyandemir buyankara buyançuk buyat buyraç buyruk buyruç
buzaç buzaçtutuk buçan buçur buğday buğra buğrakarakağan buşulgan bâki bögde böge bögü bökde böke
bölen bölükbaşı bönek bönge börteçine börü börübars börüsengün büdüs büdüstudun bügdüz bügdüzemen
büge bügü bükdüz büke bükebuyraç bükebuyruç bükey büktegin büküşboğa bülent bümen bünyamin bünül
büre bürgüt bürkek bürküt bürlük büğübilge bıdın bıtaybıkı bıtrı bıçkı bıçkıcı cafer cahid can
canalp canel caner cangül cankan cannur cansel cansın cavid cebe celal celasun celil celâleddin cem
cemal cemali cemil cenk ceren cevahir cevat ceyda ceyhun ceyla ceylan ceylin ceylinaz cezmi cihad
cihan cihangir cihanşah cilvenaz civan coşkun coşkuner cumhur cândar cübeyr cüneyt cılasun damla
davud dağhan defne demet demiralp demirhan deniz denizalp derin derviş derya destan deste devran
dicle diclehan didem dikmen dilan dilara dilaver dilay dilberay dildâr dilek diler dilhan dilruba
dinç dinçer direnç diri dizik dolunay dora doğan doğanay doğaner doğu durmuş duru dururbunsuz duygu
dâver döndü dündar dünya dürdane dürriye ebin ebkızı ebren ebru ebuzer ece ecehan ecem ecevit ecmel
ecvet eda ede edhem edil ediz efe efken eflah efsun eftalya egemen ekeç ekim ekin ekmel ekrem ela
elgin elif elkin elmas elti elvan elçin emced emel emin emine emir emrah emre emrullah ender enderun
enes engin enis enise ensar enver eralp eray erberk ercan ercüment erda erdal erdem erdeni
erdenikatun erdeniözük erdinç erel eren erentüz ergene ergenekatun ergin ergün ergüner erhan erinç
erke erkâm erkân erman ermen erol ersin ertan erten ertenözük ertuğrul erçin erşan esat esen
esenbike eser esin esmeray ethem etil evin evran evren evşen eyiz eylül eymen eyüp eyşan ezrak eğrim
eşref fadime fadıl fahrettin fahri fahriye fahrünissa faik faris faruk fasih fatih fatin fatma fatoş
faysal fazilet fazlı fazullah fazıl feda fedai fehime fehmi ferah feramuz feramuş feray ferda ferdi
ferhan ferhat feride feridun feriha ferit ferman ferruh fevzi feyyaz feyza feyzullah fidan figen
fikret fikri fikriye filiz firdevs fuat fuldem fulden fulya funda furkân fuzuli fâlih füreyya
füruzan füsun gaffar gamze gaye gazanfer gazi gelin gelincik gencer gevheri giray gizem gonca gökalp
gökben gökbörü gökmen göknur gökçe gökçegöl gökçen gökçiçek gökşin gönenç göngör gönül görkem görün
gözde güher gül gülbahar gülben güldem gülden güldeste gülegen gülemen gülen güler gülgün gülhan
gülnaz gülpembe gülriz gülsen gültekin gülçin gülümser gülşen gümüş gün günay gündoğdu gündoğmuş
güner güneş güngör güniz günnur günsel günseli günyaruk günçiçek gürbüz gürcan gürdal gürhan gürkan
gürol gürsel güven güvenalp güvercin güzey gıyas habbab habib habil hacib hafi hafid hafız hakan
hakem haki hakkı haldun hale halil halim halit haluk hamdi hamdullah hami hamit hammâd hamza handan
hande hanefi hani harun hasan haseki hasibi hasin hatip hattâb hayal hayali hayat hayati haydar
hazan hazar hazım haşim haşmet hicabi hikmet hilal hilmi himmet hişam hud hulki hulusi hurşit
huzeyfe hâdi hâlis hâtem hüccet hüdayi hüdâvendigâr hülya hüma hümayun hümeyra hüner hürkan
hüsameddin hüsamettin hüseyin hüsnü hüsrev hıfzı hızır ila ilaçın ilgın inanç irmak isık isığ itri
itır iyık iyıktağ işık işıl işılay işın işıner işığ i̇brahim i̇clal i̇dil i̇dris i̇ffet i̇hsan
i̇hvan i̇kbal i̇keme i̇kiçitoyun i̇krime i̇layda i̇lbey i̇lbilge i̇ldike i̇lgegü i̇lhami i̇lhan
i̇lkay i̇lkben i̇lke i̇lker i̇lknur i̇lksen i̇lkyaz i̇lyas i̇mge i̇mran i̇mrem i̇nci i̇nç i̇pek
i̇rem i̇rfan i̇rinç i̇rinçköl i̇rtiş i̇smail i̇smet i̇til i̇zel i̇zzet i̇zzettin jale julide kabil
kadem kader kadir kadrican kadriye kadı kalender kamber kamelya kamile kamran kamuran kancı kançı
kapgar karaca karahan karak karaça kargılaç karlıgaç kasım katun katunkız kayaalp kayacık kayaçık
kaynak kayça kazanç kazkatun kağan kekik keklik keleş kemalettin kemâl kenan kepez keramet kerami
kerem keremşah kerim kesme kevser keyken kezlik keşşaf kiraz koray korkut kubat kubilay kuddusi
kumru kutbettin kâmil kâzım köksal kürşad kımız kımızalma kımızalmıla kımızın kırgavul kırlangıç
kırçiçek kısmet kıvanç kıvılcım kıymet kızdurmuş kızılalma lale lamia lamih latif latife leman
lemide lerzan levent leyla lida lütfi lütfullah maad mahir mahmut mahzun maksud mansur mazhar mehmet
mehtap melda melek melih melike melikşah melis melisa melodi meltem memduh meral merih meriç mert
merve meryem mestan mesut mete metin mevlüt mihriban mine mir miray miraç mirkelam mirza misbah
mithat muammer muaviye muaz muhammed muharrem muhsin muhtar muhterem muhteşem muhyiddin mukadder
mukaddes muktedi muktedir muktefi murat musa muslih mustafa mutahhar mutasım muteber mutemed
muttalib muzaffer müesser müfid müge müjdat müjde müjgan mükerrem mümtaz münevver münir müren müzdad
müşir mısra nabi naci nadi nadir nafiz nahid nahil nail naim nalan namık nasrullah naz nazan nazif
nazlı nazmi nazım necat necati necdet necib necla necmettin nedim nehir nejat nergis nesim neslişah
nesrin nevin nevra nevzat neşet nida nigar nihal nihan nihat nil nilgün nisa nisan niyazi nizamettin
numan nur nural nuran nurettin nurgül nursel nurseli nurullah nusret nükhet okan oktay okşan olcay
onur orhan osman oya ozan oğuz oğuzhan pakize parla payidar pelin pelinsu pembe peri perihan perran
pertev perver pervin petek peyami piraye pınar rabia raci rafet rahim rahime rahmi rahşan raif rakıp
ramazan ramiz rana rasim rauf raşit recai recep refah refet refik reha reis remzi rengin resûl resül
reyhan rezzan reşat rifat ruhsar rükneddin rüya rüçhan rüştü rıdvan rıfat rıfkı rıza sabri sacid
sadberk sadettin sadi sadri sadullah sadık safa saffet said saim salih salim samed sami samih samim
sanem savaş seda sedat sedef seden sefer seher selahattin selami selda selen selim selin selma selvi
selçuk sema semih semra senay serap serbülent seren sergen serhat serin sermet serpil sertap sertaç
server settar seval sevda sevgi sevil sevim sevinç sevtap seyfettin seyfi seyfullah seyyit seçil
seçkin sibel simge sinan sinem songül su suat subhi sudi sunay sururi suzan sâkıp süheyl süleyman
sıdkı sıla sırrı taceddin tahir tahsin taib talat talay talha talip tamer taner tanju tanyeli tarkan
tarık tayfun tayyar taşkın tekin tekinalp temel teoman tevfik tevhid tezcan tezel tezer timur tolga
tolunay tufan tugay tuhfe tunahan tunay tunç tunçer turan turgay turgut turna tutku tuğba tuğrul
tuğtekin tülay tülin tümer türkan türkay türker türkeş tınas ufuk uhra ukbe ulus ulvi ulviye umur
umuralp umut usame utku uygu uğur vahdet vahid vahide vahâ valid vecdi vedat vefa vefik vehbi veli
verda vesile veysel veysi vicdan vildan volkan vuslat yahya yalgın yalçın yaman yaprak yasemin yasin
yavuz yağmur yağız yaşar yekta yelda yeliz yener yetkin yeşim yiğit yonca yosun yunus yusuf yüce
yücel yüksel yümni yıldırım yıldız yılmaz zafer zahide zamir zehra zekai zekeriyyâ zekiye zeliha
zerrin zeyd zeynel zeynep zihnî ziver ziya ziyad ziyâd zâfir zâhit zübeyde zübeyr zühal zülal
züleyha zülfikâr zümrüt âmir çaba çabdar çablı çabuş çalapkulu çankız çağan çağatay çağdaş çağla
çağlar çağlayan çağru çağrı çağrıbeğ çağrıhan çağrıtegin çağıl çelen çelik çemen çemgen çetin
çetinel çetiner çeykün çeşminaz çilay çilenti çiler çimen çise çisil çiçek çiçem çiğdem çişem
çobulmak çocukbörü çokramayul çolman çolpan çölü çıgıl çıngır ömer önder öykü özcan özden özer özge
özgür özhan özkan özlem özlen öznur ülfet ülgen ülker ülkü ümit ümmiye ümran ünal ünsel ünseli
üzeyir şaban şadan şahap şahin şahinalp şahsuvar şahsüvar şakir şamil şarani şayan şebnem şecaeddin
şefik şehlevent şehrazat şelale şemsi şenay şener şengül şennur şenol şerafettin şeref şerif şermin
şevket şevki şevval şeyban şeyda şeyma şihab şihabeddin şiir şinasi şir şule şâfi şükrü
`,
	// @faker-js/faker 10.6.0, locale nb_NO, person.first_name (MIT)
	'faker-nb_NO': `
adrian aksel alexander amalie anders andrea andreas anna aurora benjamin camilla celine daniel eirik
elias eline elise emil emilie emma erik even filip fredrik frida hanna hedda helene henrik herman
håkon ida ingrid isak jakob jenny joakim johannes jonas jonathan julie jørgen kaja karoline kasper
kristian kristine kristoffer lars leah linnea lucas madeleine magnus maja malin maren mari maria
marie marius markus marte martin martine mathias mathilde mats mia mikkel mina natalie nikolai noah
nora oda ole oliver oskar sander sandra sara sebastian selma silje simen sindre sofie sondre sunniva
synne thea theodor thomas tiril tobias tuva victoria vilde william
`,
	// @faker-js/faker 10.6.0, locale da, person.first_name (MIT)
	'faker-da': `
adam adrian agnes ahmad aksel albert alberte alexander alexandrea alfred ali alice alma amanda
anders andreas anita anna anne annette anton arthur arunthavanathan astrid august benjamin bente
betina birgitte bjørn brian britt camilla carl caroline cecilie charlotte christian christina
christopher clara claus daniel david ditte-marie dorit dorthe ea elias elisabeth elise ella ellen-
margrethe elliot else emil emilie emma erik esben eva fatima felix frank frederik freja frida georg
gitte gry hakim hanne hans harald hedvig helene helle henrik hilda ib ida ingrid isabella ivan jacob
jakob jan janni jeanette jens jeppe jesper jette johan johanne john jonas jonathan josefine julie
jørgen kaj karen karl karl-emil karl-johan karla kasper kathrine katrine kevin kim kirsten kurt
laila lars lasse leif lene leo lillian line linus lis lisa lisbeth liv lone louise lucas lukas luna
lykke mads magnus maja malene malthe maren maria marianne mark martin mathias mathilde mathis max
merete mette mia michael mikkel mille mohammad mona morten nadia nanna nicklas nicoline niels niels-
christian niklas nina noah ole oliver oscar otto patrick per peter philip pia poul rasmus rebecca
regitze rikke robert rosa-maria ruth sabrina samuel sandra sanne sara sarah sebastian signe sigurd
silje simon simone sofie steen stefan stig stine sune susanne svend søren theo therese thomas tim
tina tine tobias trine troels uffe ulrik vagn valdemar vibeke victor viggo viktor viktoria vilhelm
villy vincent william yasmin zara
`,
	// @faker-js/faker 10.6.0, locale hr, person.first_name (MIT)
	'faker-hr': `
ada adi adina ado adriana adrijana agata alemka alenka alisa alka alma amalija ana anamarija
anastazija anci ancica anda andel andelin andelko andelo andi andras andrea andrej andreja andrija
andrina andro anesa aneta ani anica anja anka anko ante antea antek antonija antonin antonio antun
anči ančica anđela anđelika anđelina asija asja bara barbara barica beata bela belimir berti biserka
boris borka borko borna božena božica božidar branimir branimira branka brankica brigita bruno dada
dado dagmar dalibora daliborka damil damir danica danijel danijela danka dara darija darina darinka
dario darko david davor davorin dea divna domagoj dona donat donata donka dora dorana dorica
doroteja draga dragica dražen držimir držislav dubravka dubravko duje dujo dunja edita ela elena eli
elka ema emil emilijan erik eva evelin fabijan filip franjo gabrijela gaj gašpar goran goranka
gordan gordana gradimir grga grgo grgur grozdana gvozden helena hrvoj hrvoje hrvojka ico igor ilija
ilko ina inga inge inja inka ino ira irena irma ita iva ivan ivana ivanka ivančica ive ivek ivica
ivna ivo jadran jadranka jadranko jadro jaga jagica jakov jan jana janica janka janko jasen jasenko
jasmina jasna jela jelica ješa josip josipa joso joško joža jože karmela kata katarina kate katica
katija katina kika krešimir kristijan kristina kruno krunoslav ladislav lara laura lea leda lela
lena leona leonida lidija ljiljana ljubica ljudevit lola lovorka lucija lucijan luka maca magda
magdalena maja majda manda mara mare marena marica marija marijana marin marina marko marta martin
martina matan mate matej matija matko mato maša mica mihael mika mila milan mile milica milivoj
miljenko milka mima mimo mina mira miran miranda mirka mirko mirna miro mislav mladen monika nada
nadalina naja nana natalija nataša natka neda nedjeljka nedjeljko nela neli nena nera nesa neva
neven nevena nevenka nikola nina nino nora nuša ozren paula paulina pava pave pavel pavica pepo pero
petar petra pravdan rajna renata rija rina rino robert roberto robi roko romana rosana ruža ružica
sanja sanjin saša silvija slavek slaven slavica slavko snježana srećko stanko staša stipan stipe
stjepan stribor svebor tasa teja tereza tihomir tija tijana tina toma tome tomislav tomislava tomo
tone toni tonija tonka tonko tonči tončica trpimir trpko tvrtko vala valentin valentina valera
valerija vali vanja vatroslav vedran vedrana vela velana velimir velimira velina vera verica
veronika vesna vijeko vinka vjekoslav vjenceslav vladek vladimira vladislav vlado vlatko zdenka
zdenko zdeslava zdravko zlata zlatica zlatka zoltan zrinislav zrinko zvonimir časlav đina đurda štef
željko
`,
	// @faker-js/faker 10.6.0, locale sr_RS_latin, person.first_name (MIT)
	'faker-sr_RS_latin': `
adam adrijana aleksa aleksandar aleksandra aleksej aljoša ana anabela anastasija anastasije andrea
andrej andrija andrijana anej aneta anica anita anja anka anđela arsenije ava aćim berislav biljana
bisenija blagica blagoje boban bobana bogdan bogdana bogoljub bojan bojana bora boris borivoje
borjan borka bosiljka boško boža božena božica božidar branimir branislav branka brankica branko
budimir ceca cvijan cvijetin dabiživ dajana daliborka damir damjan damjanka dana danijela danila
danilo danka danko darija darinka darko david davor dejan dejana desanka desimir dijana dimitrije
divna dobrila dorotea draga dragan dragana draginja dragiša dragoje dragojlo dragoljub dragoslav
dragutin draža dražen dren drina dubravka dunja dušan dušanka dušica duška duško elena eleonora ema
emilija evdokija filip filotije gabrijela gala galina gavrilo georgije gerasim gligorije gojko golub
goran gorana gordan gordana grgur grigorije hana hvalimir ignjat igor ilarion ilija ilinka ina irina
ivan ivanka ivica ivo jadranka jadranko jakov jana jasmina jasna jelena jelica jelisaveta jelka
jevrosima jezdimir jovan jovana jovanka jugoslav julia julijana kalinik katarina kirilo klara
konstantin kosta kristijan kristina krsto ksenija kuzman lada lara lazar leposava lidija ljiljana
ljuba ljubica ljubiša ljubomir luka magdalena maja malina mališa marica marina marinko marjan
markika marko marta mateja maša mašinka melenija mia mihailo mihajlo mija mijat mika miladin milan
milana milanka milanko mile milena mileta milica milisav milić miljan miljana milojica milomir
milorad miloš milutin mina miodrag miomir mira mirela mirjana mirka mirko mirna miroslav mitar mitra
miša miško mladen mlađana momir momira nada nadežda nastja natalija nataša nađa nebojša neda
nedeljko nela nemanja nenad neva neven nevena nikola nikoleta nikolina nikša nina njegomirka novak
obrad obren ognjana ognjen olga olgica oliver olivera ostoja paja pavle pera perica pero peruna
petar petko petra petrija predrag prvoslav radenko radina radivoje radiša radmila radmilo radojka
radomir radosav radoslav radovan radoš radul rajko rakita ranko ratimir raško relja renja ristana
rodoljub roksana romana rumena ruža sanda sandra sanja sara saša selena senka silvija simo simonida
siniša slava slavica slavka slavoljub slađana slobodan slobodanka smiljana snežana sofija sonja
srboljub sredoje srna stanislav stanislava stanko staša stefan stefana stevan stojan stojanka
strahinja sunčica suzana svetislav svetlana svetolik svetomir tadija tamara tanja tara tatjana tea
teodora teona tihomir tomislav una vanja vasil vasilisa vasko velibor velimir vera verica veselinka
vesna vida vidak višnja vladana vladimir vlastimir vlatka vojin vojislava vujadin vujica vuk vukan
vukašin vukica vukota zafir zarije zavida zora zoran zorana zorka zvezdana zvonko čarna časlav
čedomir đorđe đura đurađ đurica željka
`
};

// Names that are also ordinary Swedish words ("bo", "per", "klara", "inga"); checked
// against a Swedish word list (wswedish) when the list was made. They count as a
// name only beside a surname.
export const AMBIGUOUS = `
adel al albin alen alla alp alper altan alva ammar ana anar anas anda andel andras anka ann apa axel
ay bal bara bars basar basat berva björn bo bojan borna britt bulan cafer can dag dana danka demet
deniz dina dona donat draga dren ebba eden eli enes ester faris frank gala gloria gry gül habil
hakan hala hanne hans hedda hud hugo ila inga inge inger inka iris jaga jama jan jasmin jugoslav
kader kaj kaja kalender karen karl kika kim klara kosta lada ladan leda lena lida lilla lina
linda lisa liv lo love maj marin marina mark mats max melodi mila milan mina mio mira murat my nesa
nora nur oliver olle ove per petar pinar rim roman ronja rut ruta saga said sam seda seden sena
signe sina siv slava slaven sol sten stig sven talat tina tor tuba tuva tyra vagn vala valid vela
vera vida vilde vilja ville vinka viola young åke
`;
