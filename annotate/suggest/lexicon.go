package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cueClass says how a reporting verb takes its content.
type cueClass uint8

const (
	// cueSay verbs take a clause with or without "that" ("said the talks failed").
	cueSay cueClass = iota + 1
	// cueTell verbs take an addressee before the content ("told Biden that …").
	cueTell
	// cueThat verbs are ambiguous ("added 200 jobs", "noted the date"): as an I1
	// cue they need "that" or a clause-like content; after a quote they are fine.
	cueThat
	// cueDemand verbs take an object that is itself the content ("demanded
	// guarantees that …"); suggested at lower confidence.
	cueDemand
)

type cueWord struct {
	lemma string
	class cueClass
	base  bool // a base form ("say"), valid only as a plural present tense
}

// cueWords is the reporting-verb lexicon: finite forms only. It merges the
// lists of textacy, the Gender Gap Tracker and Quootstrap (news-schemas §2.2),
// minus "believe", "think" and "address", which those projects found to
// over-fire.
var cueWords = map[string]cueWord{}

func init() {
	add := func(class cueClass, lemma string, forms ...string) {
		for i, f := range forms {
			cueWords[f] = cueWord{lemma: lemma, class: class, base: i == 0 && f == lemma}
		}
	}
	add(cueSay, "say", "say", "says", "said")
	add(cueSay, "state", "stated")
	add(cueSay, "declare", "declare", "declares", "declared")
	add(cueThat, "write", "write", "writes", "wrote") // "wrote the report …" is no statement
	add(cueSay, "insist", "insist", "insists", "insisted")
	add(cueSay, "maintain", "maintains", "maintained")
	add(cueSay, "contend", "contend", "contends", "contended")
	add(cueSay, "argue", "argue", "argues", "argued")
	add(cueThat, "claim", "claim", "claims", "claimed") // "claimed the night as a vote for change" is no statement
	add(cueSay, "assert", "assert", "asserts", "asserted")
	add(cueThat, "predict", "predict", "predicts", "predicted") // "predicted a rise"
	add(cueThat, "tweet", "tweeted")
	add(cueThat, "radio", "radioed") // "radioed for help", "radioed the ship" are no statement
	add(cueSay, "reply", "replied")
	add(cueSay, "respond", "responded")
	add(cueSay, "concede", "concedes", "conceded")
	add(cueThat, "acknowledge", "acknowledge", "acknowledges", "acknowledged")
	add(cueThat, "admit", "admits", "admitted")           // "admitted 14 counts of fraud"
	add(cueThat, "deny", "denies", "denied")              // "denied the charges"
	add(cueThat, "reiterate", "reiterates", "reiterated") // "reiterated its support"
	add(cueSay, "stress", "stresses", "stressed")
	add(cueSay, "emphasise", "emphasises", "emphasised")
	add(cueSay, "emphasize", "emphasizes", "emphasized")
	add(cueSay, "explain", "explains", "explained")
	add(cueSay, "complain", "complain", "complains", "complained")
	add(cueSay, "caution", "cautions", "cautioned")
	add(cueSay, "counter", "countered")
	add(cueThat, "recall", "recalls", "recalled") // "recalled its ambassador"
	add(cueThat, "ask", "asked")                  // a quoted question ("“How …?” he asked"); a reported one is no statement (indirectContent)
	add(cueSay, "exclaim", "exclaimed")
	add(cueSay, "comment", "commented")
	add(cueTell, "tell", "tell", "tells", "told")
	add(cueTell, "warn", "warn", "warns", "warned")
	add(cueTell, "assure", "assures", "assured")
	add(cueTell, "remind", "reminds", "reminded")
	add(cueTell, "inform", "informs", "informed")
	add(cueThat, "add", "adds", "added")
	add(cueThat, "note", "note", "notes", "noted")
	add(cueThat, "confirm", "confirm", "confirms", "confirmed")
	add(cueThat, "announce", "announce", "announces", "announced")
	add(cueThat, "report", "report", "reports", "reported")
	add(cueThat, "estimate", "estimate", "estimates", "estimated")
	add(cueThat, "suggest", "suggest", "suggests", "suggested")
	add(cueThat, "observe", "observes", "observed")
	add(cueThat, "disclose", "disclosed")
	add(cueThat, "reveal", "revealed")
	add(cueThat, "allege", "allege", "alleges", "alleged")
	add(cueThat, "concluded", "concluded")
	add(cueThat, "point", "points", "pointed")       // only "pointed out that …" (indirectContent)
	add(cueThat, "show", "show", "shows", "showed")  // "Emails seen by … show that …"; "showed a rise" is no clause
	add(cueThat, "show", "record", "records")        // documents only, as "show" (known_documents.go)
	add(cueThat, "protest", "protests", "protested") // "protests that he got the ball first"; "protested the decision" is no clause
	add(cueSay, "shout", "shouts", "shouted")
	add(cueSay, "yell", "yelled")
	add(cueThat, "find", "finds", "found")  // "the review found that …"; "found a knife" is no clause
	add(cueThat, "post", "posts", "posted") // "posted on X that …"; "posted a photo … with the message “…”" (postedMessage)
	add(cueThat, "tweet", "tweets")
	add(cueDemand, "demand", "demand", "demands", "demanded")
	add(cueDemand, "urge", "urge", "urges", "urged")
}

// roleNouns also take their plurals ("airlines", "agencies").
func init() {
	for w := range roleNouns {
		switch {
		case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "man"), strings.HasSuffix(w, "woman"):
		case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey"):
			roleNouns[w[:len(w)-1]+"ies"] = true
		default:
			roleNouns[w+"s"] = true
		}
	}
}

// participles introduce a content after a comma (", saying …").
var participles = map[string]cueWord{
	"saying": {lemma: "say", class: cueSay}, "telling": {lemma: "tell", class: cueTell},
	"adding": {lemma: "add", class: cueSay}, "warning": {lemma: "warn", class: cueTell},
	"arguing": {lemma: "argue", class: cueSay}, "noting": {lemma: "note", class: cueSay},
	"insisting": {lemma: "insist", class: cueSay}, "claiming": {lemma: "claim", class: cueSay},
	"stressing": {lemma: "stress", class: cueSay}, "explaining": {lemma: "explain", class: cueSay},
}

// lexicon is a set of lower-case words.
type lexicon map[string]bool

// holdsLower is l[strings.ToLower(s)], lowering s on the stack: the
// resolver asks it of canonical names ("Ann Lee", "Zoë Ćosić"), which
// strings.ToLower copies.
func (l lexicon) holdsLower(s string) bool {
	var buf [64]byte
	low, ok := appendLower(buf[:0], s)
	if !ok {
		return l[strings.ToLower(s)]
	}
	return l[string(low)] // a lookup by bytes makes no string
}

func words(list string) lexicon {
	l := lexicon{}
	for _, w := range strings.Fields(list) {
		l[w] = true
	}
	return l
}

var (
	// auxiliaries and adverbs that may sit between a speaker and a cue
	// ("has said", "had earlier told", "also warned").
	auxWords = words(`has have had also later earlier previously again repeatedly recently once then
		reportedly still already further separately publicly privately today yesterday tonight now`)
	// a cue after these is not a finite reporting verb: infinitive ("too
	// early to say"), modal or do-support ("would not say"), passive ("was told").
	blockCue = words(`to not never would could can may might should must will shall did does do
		is was are were be been being cannot n't won't didn't doesn't don't wouldn't couldn't`)
	// a "to"-infinitive cue is never an attribution after these ("declined to
	// say", "refused to confirm that").
	blockInfinitive = words(`declined decline declines declining refused refuse refuses refusing
		failed fail unable able wanted want wants hoped hope tried try early soon late premature
		impossible hard difficult free allowed expected likely going set due reluctant willing
		ready asked need needed needs wish wished plans planned plan has have had ought`)
	// speaker pronouns outside quotes; "I" and "we" are not valid there (GGT).
	pronouns = words(`he she they it`)
	// role nouns that head a speaker phrase.
	roleNouns = words(`spokesman spokeswoman spokesperson spokespeople secretary minister ministers
		president official officials chief head director leader leaders chairman chairwoman chair
		ambassador envoy diplomat diplomats general commander governor voivode prefect mayor senator lawmaker
		lawmakers legislator legislators representative prosecutor prosecutors judge police officer
		holder holders
		officers analyst analysts economist economists expert experts source sources people person
		aide aides adviser advisers advisor advisors researcher researchers scientist scientists
		executive executives founder resident residents witness witnesses worker workers doctor
		doctors activist activists campaigner campaigners negotiator negotiators premier chancellor
		councillor councilor councilwoman councilman manager owner professor teacher teachers union
		unions ministry department agency government company firm group council committee office
		military army court bank regulator regulators authorities authority statement report
		parents nurses farmers students fans organisers organizers investigators inspector
		inspectors coach captain director-general secretary-general commissioner spokespersons
		insiders observers critics supporters opponents officials diplomats colleague colleagues
		lawyer lawyers attorney attorneys member members residents staff groups delegate delegates
		forecasters meteorologists mother father parent woman man wife husband daughter son
		neighbour neighbor customer patient voter shopper commuter passenger driver tenant visitor curator
		mp mps trustee shareholder investor donor governor advocate panel jury tribunal commission inquiry watchdog study survey poll
		filing lawsuit complaint indictment memo document letter data figures records results
		engineer engineers planner planners architect architects consultant consultants coordinator
		administrator superintendent principal clerk treasurer sheriff historian historians
		organizer organiser pilot pilots nurse farmer fisherman shopkeeper shopkeepers employee employees
		physician surgeon officer-in-charge dean provost rector vicar bishop priest imam rabbi pastor
		trust hospital school university charity association federation club team
		estimates projections forecast analysis
		organisation organization charity board operator airline developer media
		institute coastguard service foundation society alliance chamber centre center museum
		observatory laboratory network party coalition movement fund bureau utility insurer lender
		manufacturer retailer supplier producer exporter importer carrier railway port airport
		defendant accused suspect victim claimant plaintiff complainant barrister solicitor
		detective constable sergeant coroner magistrate recorder forecaster meteorologist
		oceanographer biologist geologist hydrologist supervisor author writer novelist columnist
		editor reporter photographer economist campaigner chef farmer pensioner retiree
		review audit assessment investigation evaluation paper research speaker note
		family relatives friends friend colleague neighbours neighbors psychiatrist psychologist
		scientist epidemiologist statistician academic lecturer researcher trial experiment
		prefect mayor premier councillor envoy`)
	// sourceLinks join an unnamed source to what it knows ("people familiar
	// with the matter", "a person close to the board").
	sourceLinks = map[string]string{"familiar": "with", "close": "to", "briefed": "on", "involved": "in"}
	// prepositions that link a role phrase to the body or place it belongs to
	phraseLinks = words(`for of at in from with`)
	// modifiers allowed before a role noun ("a senior administration official").
	modifierWords = words(`senior top former deputy acting junior chief press foreign defence defense
		finance interior health military government administration state local regional federal
		national independent anonymous other another several some many two three four five few
		both election security intelligence police trade energy economy city county school hospital
		industry fire court army navy border emergency campaign party union company ministry
		european western eastern northern southern central public private prime vice assistant
		associate lead leading longtime long-time veteran current outgoing incoming interim
		education transport environment housing climate team club bank`)
	// determiners that may open a speaker phrase.
	determiners = words(`the a an one his her its their this that these those my our your`)
	// particles allowed inside a capitalised name ("Secretary of State", "de Gaulle").
	nameParticles = words(`of for de da van von al bin le la del du der den des di do dos`)
	// capitalised words that open sentences or clauses but never belong to a
	// speaker phrase.
	functionWords = words(`the a an and but or nor so yet however meanwhile still also in on at
		after before when while whereas since as if though although because by for from with
		without to of into onto over under about against between during this that these those
		there here then it he she they we i you his her its their our my your what which who
		whom whose where why how no not yes last next every each some many more most such
		earlier later separately asked speaking writing according despite amid among instead
		moreover furthermore indeed now today yesterday tomorrow once even only just both either
		neither all any nobody everybody everyone someone somebody anyone anybody nothing
		everything something please unlike besides throughout within until unless whilst
		whether towards toward across behind beyond upon`)
	// capitalised calendar words: part of a date, never of a name.
	calendarWords = words(`monday tuesday wednesday thursday friday saturday sunday january february
		march april may june july august september october november december jan feb mar apr jun
		jul aug sep sept oct nov dec`)
	// words inside a time adjunct ("on Dec. 7", "last week", "in a statement",
	// and a match's "at half-time").
	timeWords = words(`morning afternoon evening night week weekend month year day days weeks
		months years today yesterday tonight earlier later statement interview video briefing
		conference call speech remarks post posts tweet letter email broadcast appearance
		podcast news television radio report filing submission blog match game race meeting hearing
		session vote talks ceremony trial debate
		half-time halftime full-time kick-off interval`)
	// prepositions that open a time or channel adjunct.
	adjunctPreps = words(`on in at last this late early during for after before`)
	// addressees that are not capitalised ("told reporters").
	addresseeWords = words(`me you him her them us reporters journalists lawmakers parliament police officers
		investigators detectives jurors magistrates
		members supporters residents staff employees investors delegates students audience crowd
		colleagues listeners viewers readers congress`)
	// conjunctions that start a sibling clause ("…, while Putin has demanded …").
	siblingConj = words(`while whereas but and although though`)
	// words that mark a quoted fragment as a scare quote rather than a mixed quote.
	scareMarkers = words(`so-called dubbed termed calls called call term`)
	// title and honorific words: never part of a person's canonical name.
	titleWords = words(`speaker mp brig mr mrs ms miss dr sir lord lady dame sen rep gov gen lt col capt sgt adm maj
		prof rev hon president vice prime minister secretary spokesman spokeswoman spokesperson
		chancellor senator governor voivode mayor general commander ambassador envoy chief director
		chairman chairwoman chair judge justice king queen prince princess pope premier leader
		deputy foreign defence defense finance interior state home minister-president
		secretary-general director-general commissioner affairs colonel major captain sergeant admiral
		lieutenant inspector detective professor doctor officer former acting det supt insp cllr cmdr`)
	// words that make a capitalised phrase an organisation ("State Department").
	orgHeads = words(`kremlin house department ministry office agency council commission committee
		bank court government party union company corporation corp inc ltd group police constabulary army navy
		pentagon parliament congress senate assembly cabinet administration authority board
		foundation institute university service services network news times post agency reuters
		association federation coalition alliance society organisation organization league trust
		chamber fund centre center commission forum hospital clinic charity campaign movement
		club school college academy museum library coastguard observatory laboratory bureau
		ferries air airways airlines airline power energy water rail railways lines logistics carriers
		systems holdings partners capital foods motors labs technologies media press pharma
		hydrogen electric utilities shipping mining steel telecom networks works industries
		brewery insurance unit town united rovers athletic wanderers albion rangers fc afc
		nato eu un who imf fbi cia`)
	// company suffixes: the phrase is a company ("Cascadia Hydrogen Inc.").
	companySuffixes = words(`inc ltd llc plc corp co gmbh ag sa as asa ab nv bv spa oy kg`)
	// documents and findings that speak through "found", "estimates" or "according to".
	documentNouns = words(`review report study preprint survey audit assessment analysis investigation inquiry note trial experiment estimate
		emails messages minutes presentation
		evaluation paper research filing letter memo statement document poll data figures records
		results projections forecast estimates`)
	// participles that tie a document to its author or place ("a review
	// commissioned by the board", "a report published in the bulletin").
	documentParticiples = words(`commissioned published released written prepared conducted led
		funded seen obtained issued submitted filed carried`)
	// adverbs of time that sit between a cue and its content ("said later that").
	timeAdverbs = words(`later earlier again separately publicly privately repeatedly afterwards
		today yesterday tonight recently previously also then now`)
	femaleWords = words(`she her mrs ms miss lady dame spokeswoman chairwoman councilwoman
		congresswoman businesswoman queen princess`)
	maleWords = words(`he him mr sir lord spokesman chairman councilman congressman businessman
		king prince`)
	// words that make what follows a cue no reported clause ("said little")
	quantifiers = words(`little nothing much something anything everything less more so yes no
		goodbye hello`)
	// verbs of naming that can take a quoted characterisation as object
	// ("called the ruling “a victory …”").
	characterise = words(`called calls described describes dubbed branded labelled labeled termed`)
	// auxiliaries and copulas: a "that" before one is a pronoun ("and that
	// is why"), and a content with one early is a clause.
	clauseVerbs = words(`is are was were will would could can had has have did does do should must
		may might cannot can't won't isn't aren't wasn't weren't doesn't didn't don't hasn't haven't hadn't couldn't wouldn't shouldn't
		can’t won’t isn’t aren’t wasn’t weren’t doesn’t didn’t don’t hasn’t haven’t hadn’t couldn’t wouldn’t shouldn’t`)
	// capitalised labels that open a paragraph with a colon but name no
	// speaker of a transcript: page furniture, and the field labels of a
	// fact-check's verdict box ("CLAIM: …", "VERDICT: False", "RATING: …").
	notLabels = words(`update updated breaking exclusive watch live analysis opinion note editor's
		editor’s correction fact check photo video read more related warning listen key quote
		background context why what how who when where
		claim claims verdict rating ruling source sources summary conclusion finding findings
		evidence clarification`)
	// abbreviations after which a period does not end a sentence.
	abbreviations = words(`mr mrs ms dr sen rep gov gen lt col capt sgt adm cmdr maj prof st jr sr rev
		hon pres supt insp det no nos fig vs brig jan feb mar apr jun jul aug sep sept oct nov dec
		mt ft approx dept est`)
	// abbreviations that often end a sentence: break only before a usual
	// sentence opener ("… in the U.S. The …").
	sentenceOpeners = words(`the he she it they we i but and in a an this that there his her its
		their on at after before when while however meanwhile still yet mr ms mrs dr so as if
		for some many most one two three`)
)

// isCap reports whether a word starts with an upper-case letter. The
// ASCII test is all the compiler inlines (the rules ask it thousands of
// times a document; the call was most of its cost).
func isCap(s string) bool {
	// s[0]-'A' < 26: unicode.IsUpper's answer for ASCII
	return s != "" && (s[0]-'A' < 26 || (s[0] >= utf8.RuneSelf || s[0] == 'a' || s[0] == 'e') && isCapRune(s))
}

// isCapRune is isCap for a word that does not start with an ASCII capital.
// An Arabic surname written with its article in lower case ("al-Khatib",
// "el-Sayed") is capitalised: the article is no word of its own, and the
// name after the hyphen is the name.
func isCapRune(s string) bool {
	if len(s) > 3 && (s[0] == 'a' || s[0] == 'e') && s[1] == 'l' {
		rest := strings.TrimPrefix(strings.TrimPrefix(s[2:], "-"), "‑")
		return len(rest) < len(s)-2 && rest != "" && rest[0]-'A' < 26
	}
	if s[0] < utf8.RuneSelf {
		return false
	}
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// Given names that tell a person's gender before any pronoun does: common
// names in English-language news and in the European, African and Asian
// names such news carries. Names given to both sexes (Alex, Sam, Jordan,
// Robin, Jean, Andrea, Nicola, Camille, Kim) are in neither list.
var (
	givenFemale = words(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
		nancy lisa margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda
		melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen
		anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
		janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren
		joan evelyn judith megan cheryl martha andrea hannah jacqueline gloria teresa ann sara
		madison frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn
		danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
		alison allison anne annie agnes beatrice bridget carla caroline cecilia clara claire
		daisy deirdre edith eileen eleanor elena eva fiona florence gemma georgia gillian hazel
		harriet imogen irene iris isla jane janine joanna joanne josephine karin katie kate
		kirsten kristin lena leah lily louise lucy lydia maeve maggie marian marianne marion
		martina maureen mia miriam molly moira monica morag nadia naomi nina nora norah olga
		paula pauline penelope petra philippa polly priya rosa rosalind rose rosemary sally
		sian siobhan sofia sonia stella susanna sylvia tamsin tanya tessa una ursula valerie
		vanessa vera veronica wendy yvonne zoe zara ingrid astrid greta birgit freya helga hilde
		sigrid solveig annika elin linnea maja marta agnieszka katarzyna magdalena malgorzata
		ewa zofia irina svetlana natalia tatiana ludmila yulia oksana ines lucia carmen pilar
		mercedes dolores francesca giulia chiara alessandra giovanna elisabetta anneliese
		ursula brigitte sabine claudia monika heike petra gabriele renate francoise isabelle
		sophie nathalie sylvie helene aurelie celine margot amelie chloe manon ayesha aisha
		fatima amina zainab mariam khadija yasmin yasmine leila layla noor farah samira nasrin
		shirin parisa meera anjali sunita lakshmi deepa kavita pooja neha ananya nkechi ngozi
		chiamaka adaeze folake funmilayo yetunde abena akosua ama efua wanjiru njeri amara
		mei yuki yoko keiko akiko haruka sakura mina jiwoo seoyeon eilidh catriona mairi
		ailsa kirsty shona morven niamh aoife caoimhe sinead roisin orla grainne mairead
		bronwen rhiannon cerys ffion nia megan tegan simone yvette odette antoinette giselle
		alessia federica giorgia ilaria roberta silvia valentina serena paola antonella daniela
		emanuela gabriella graziella loredana marcella nicoletta ornella patrizia raffaella rossella
		simona stefania tiziana benedetta camilla ludovica noemi elisa giada caterina cristina
		donatella manuela mariella mirella ana valeria camila gabriela mariana fernanda isabel
		beatriz alejandra adriana catalina ximena guadalupe rocio marisol esperanza consuelo yolanda
		graciela carolina juliana luciana agustina milagros soledad raquel nuria montserrat begona
		ainhoa itziar lorena leticia rosario inmaculada amparo lidia susana joana leonor matilde
		catarina luiza thais aline bruna larissa renata anais cecile delphine elodie emilie estelle
		genevieve juliette laetitia lea lucie martine mathilde monique nadine oceane pascale sandrine
		severine valerie veronique virginie berenice colette corinne gisele josiane joelle odile
		solene segolene eloise clemence margaux noemie ophelie aurore audrey anke antje barbel britta
		dagmar elke frauke gisela gudrun hannelore ilse ingeborg jutta katrin kerstin marlene silke
		susanne ulrike ute waltraud annette anja christiane cornelia franziska friederike johanna
		katharina leonie mareike stefanie svenja tanja wiebke femke sanne anouk marieke lotte liv
		sigrun hedda ragnhild tove sunniva ylva ebba elsa frida karolina malin sanna hanna saara aino
		kaisa riikka katja anneli agata alicja aleksandra beata dorota grazyna halina iwona jadwiga
		justyna kamila krystyna marzena urszula weronika zuzana jana lenka veronika tereza hana
		marketa olena halyna tetiana iryna kateryna natalya anastasia ekaterina yekaterina galina
		lyudmila larisa yelena zhanna dragana jelena milica snezana ivana mirjana andreea ioana
		mihaela roxana zsuzsanna erzsebet katalin ildiko eleni dimitra katerina despina ayse fatma
		elif zeynep emine hatice merve ozlem esra selin aileen ciara clodagh eimear laoise maura
		nuala orlaith saoirse beth becky bethany gail heidi jade jenna jill leanne lindsey lynn
		mandy natasha paige rhian shelley sheila tina tracey tracy vicky vivien abby adele alicia
		amelia angelina anita bella bernadette carly celia delia elaine eliza ella elsie esther
		ethel faye gwen jenny jodie julia kathy lillian lorna lottie mabel maisie marjorie matilda
		maxine melanie mildred millie nell nellie peggy phoebe phyllis poppy rita rosie ruby sadie
		selina shannon tara thea tilly violet winifred hayley jasmine lucinda stacey tamara
		alexandra katrina kristina lindsay ada aminata awa fatou mariama aissatou chioma ifeoma
		nneka funke bukola kemi yewande adwoa akua afua esi yaa wambui wairimu akinyi achieng atieno
		nyambura zanele thandiwe nomvula lindiwe nokuthula thandi naledi palesa zawadi halima hadiza
		nafisa asha salma habiba hawa maryam aarti aishwarya anushka archana bhavna deepika divya
		gayatri geeta gita indira jyoti kalpana kamala madhuri manisha meena nandini nisha padma
		preeti priyanka radha rekha ritu savita seema shabana shilpa shreya shweta smita sneha
		swati usha vandana vidya aditi kavya riya tanvi nazia sadia farzana nusrat rubina shazia
		tahmina nasreen sharmila aiko ayumi hanako hiroko kaori kumiko mariko megumi michiko midori
		misaki naoko noriko reiko sachiko sayuri tomoko yukiko yumi yumiko jiyeon minji soyeon
		jieun eunji hyejin imelda corazon`)
	givenMale = words(`james robert john michael david william richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin
		brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
		stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
		raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
		noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold
		dylan arthur lawrence jesse bryan joe bruce gabriel logan albert willie alan eugene
		russell vincent philip bobby johnny bradley roy ralph louis harry oliver alfie archie
		angus alasdair alistair callum calum hamish iain ian ewan euan fraser gordon graham
		hector malcolm murdo neil ross rory struan duncan fergus gavin craig derek dougal
		colin conor declan dermot eamon eoin fionn liam niall oisin padraig ronan seamus
		cian rhys dafydd gareth geraint huw ieuan owain emyr aled tom tommy ben ted
		freddie hugh giles toby rupert jasper julian marcus max miles nigel simon trevor
		victor vincent wayne barry clive dean desmond geoffrey graeme howard keith leonard
		martin neville norman oscar percy reginald rodney stanley stuart tony warren
		lars nils sven erik anders johan jens magnus olaf henrik bjorn gustav axel oskar
		piotr pawel tomasz krzysztof marek andrzej jakub wojciech ivan dmitry sergei sergey
		vladimir alexei andrei mikhail nikolai oleg pavel yuri igor boris viktor javier
		carlos miguel pedro pablo diego alejandro fernando jorge luis manuel rafael antonio
		francesco giuseppe giovanni marco matteo luca lorenzo paolo stefano alessandro
		hans jurgen klaus wolfgang dieter uwe stefan markus tobias matthias sebastian florian
		pierre jacques francois philippe olivier thierry laurent nicolas antoine mathieu
		guillaume etienne mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar
		yusuf ibrahim khalid tariq bilal imran hamza mustafa karim rashid raj rahul arjun
		vikram sanjay amit anil sunil rajesh ravi vijay arun chinedu emeka obinna chukwuma
		tunde olumide kwame kofi kwabena yaw kojo themba sipho thabo jomo kenji hiroshi
		takashi akira haruto minjun jisung
		salvatore vincenzo gennaro domenico massimo maurizio roberto sergio enrico fabio fabrizio
		federico filippo franco gianni giacomo gianluca giorgio guido luigi mario mauro pietro
		raffaele riccardo renato rocco silvio tommaso ugo umberto valerio vittorio alberto alessio
		angelo bruno claudio cesare dario davide edoardo emanuele ettore flavio luciano marcello
		nino ottavio piero carmine corrado danilo fausto aldo alfredo arturo carlo ciro elio emilio
		enzo ernesto fulvio gino ivo leonardo ruggero sandro alfonso alvaro andres armando cesar
		eduardo enrique esteban felipe francisco gonzalo guillermo gustavo hernan hugo ignacio jaime
		joaquin juan julio marcelo mateo mauricio patricio ramon raul ricardo rodrigo tomas vicente
		xavier agustin alonso cristian emiliano facundo fabian gerardo horacio maximiliano octavio
		rolando rogelio ruben ulises joao paulo rui tiago thiago vitor leandro marcos mateus nuno
		goncalo afonso henrique caio edson diogo alain andre arnaud benoit bertrand christophe
		damien didier emmanuel fabrice franck frederic gerard gilles herve jerome julien lionel loic
		ludovic marc maxime michel pascal patrice regis remi sebastien serge sylvain thibault yann
		yves hugues baptiste clement corentin quentin romain andreas bernd christoph detlef dirk
		friedrich georg gerhard gunter heinrich heinz helmut holger horst joachim jochen jorg karl
		lukas manfred norbert rainer ralf reinhard rolf rudiger thorsten torsten ulrich volker
		werner wilhelm maximilian moritz niklas felix jonas jannik pieter willem joost bram ruud
		daan kees henk jeroen maarten niels mads rasmus soren morten jesper kasper mikkel knut arne
		einar eirik erlend gunnar haakon ivar kjell leif petter sigurd stig terje trond vidar mikko
		jukka juha matti pekka antti timo heikki ville jari olli aleksander bartosz dariusz grzegorz
		janusz jerzy kamil lukasz maciej mariusz michal mateusz miroslaw radoslaw rafal slawomir
		tadeusz zbigniew jiri jaroslav miroslav petr vaclav zdenek ladislav dmitri alexey anatoly
		arkady evgeny yevgeny fyodor gennady konstantin leonid nikita pyotr ruslan stanislav timur
		vadim valery vitaly vyacheslav yaroslav bohdan mykola oleksandr oleksiy petro taras
		volodymyr vasyl dragan goran milos nenad zoran dejan bogdan mihai radu florin gheorghe
		laszlo zoltan istvan gabor tamas janos ferenc dimitris giorgos konstantinos nikos yannis
		ioannis kostas panagiotis vasilis stavros christos mehmet ahmet emre murat kemal burak hakan
		onur serkan volkan orhan selim abdoulaye amadou bakary boubacar cheikh ibrahima mamadou
		moussa ousmane seydou souleymane adebayo babatunde chidi chukwudi ikenna nnamdi segun femi
		kunle abiodun kwaku kwesi baraka musa bongani sibusiso lwazi mandla thulani sizwe abebe dawit
		yohannes mulugeta tewodros abhishek aditya ajay akash amar aman anand ankit arvind ashok
		deepak dinesh ganesh gaurav harish hemant jagdish karan kunal mahesh manish manoj mohan
		mukesh naresh naveen nikhil nitin pankaj pradeep prakash pranav rakesh ramesh rohan rohit
		sachin sandeep sanjeev santosh satish shankar siddharth srinivas subhash sudhir suresh
		varun vinod vishal vivek abdul arif asif faisal farhan irfan javed kamran nadeem naveed
		rizwan saeed sajid salman shahid tahir usman waqar zahid zubair rahim rafiq anwar aziz nasir
		pervez junaid daisuke haruki hideo hiroki ichiro kazuo kenta koji makoto masato naoki ryota
		satoshi shinji shota takeshi taro tetsuya yusuke yuto kaito minho jaehyun jihoon seojun
		dohyun hyunwoo junho sungmin adrian aidan alec alfred allan andy barney basil bernard bert
		billy bob cliff connor damian damon darren dave dominic doug eddie elliot elliott ernest
		fred gerry glenn greg harvey herbert ivor jake jeff jim jimmy joel jonah josh kenny kieran
		leo leon lewis lloyd luke matt mick mike mitchell nathaniel ned nick ollie owen phil reece
		reuben richie rob robbie ron ronnie seb shane sid spencer stan steve terence theo tim todd
		travis troy vernon wes wesley wilfred zach jeremiah elijah isaac ezra caleb levi eli seth
		gideon`)
)

// kinFemale and kinMale are nouns of kin and role that tell the gender of
// the person they stand beside in an apposition.
var (
	kinFemale = words(`wife mother daughter sister grandmother granddaughter widow aunt niece
		girlfriend fiancee stepmother mum mom businesswoman chairwoman spokeswoman
		councilwoman congresswoman sportswoman policewoman frenchwoman englishwoman scotswoman
		irishwoman welshwoman dutchwoman actress waitress headmistress`)
	kinMale = words(`husband father son brother grandfather grandson widower uncle nephew
		boyfriend fiance stepfather dad businessman chairman spokesman councilman congressman
		sportsman policeman frenchman englishman scotsman irishman welshman dutchman actor
		headmaster`)
)

func kinGender(w string) byte {
	return kinGenderOf(classesOf(w))
}

// kinGenderOf is the gender the kin nouns holding a word tell (its
// classes, classesOf): 'f' for kinFemale, 'm' for kinMale, else 0.
func kinGenderOf(c wordClasses) byte {
	switch {
	case c&inKinFemale != 0:
		return 'f'
	case c&inKinMale != 0:
		return 'm'
	}
	return 0
}
