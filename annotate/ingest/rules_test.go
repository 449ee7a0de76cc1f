package ingest

import (
	"reflect"
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		line string
		want junk
	}{
		// Banners.
		{"IE 11 is not supported. For an optimal experience visit our site on another browser.", junkBanner},
		{"We use cookies to personalise content and ads. By continuing you accept our use of cookies.", junkBanner},
		{"Please enable JavaScript to view the comments.", junkBanner},
		{"It looks like you're using an ad blocker. Please disable it to support our journalism.", junkBanner},
		// Chrome: ads, share bars, navigation, promos.
		{"Advertisement", junkChrome},
		{"ADVERTISEMENT", junkChrome},
		{"Story continues below advertisement", junkChrome},
		{"Share this article", junkChrome},
		{"Skip to main content", junkChrome},
		{"Home | World | Business | Tech | Sport", junkChrome},
		{"News › Europe › Germany", junkChrome},
		{"Sign up for our daily briefing newsletter", junkChrome},
		{"5 min read", junkChrome},
		{"Image 3 of 12", junkChrome},
		{"NEWYou can now listen to Fox News articles!", junkChrome},
		{"Follow Jane Doe on Twitter.", junkChrome},
		{"Get The Ledger Daily. Every morning, the news that matters, free. Sign up", junkChrome},
		{"Unlimited articles for a year at half price. Subscribe now »", junkChrome},
		{"Marta Quell | 3 March 2026 | Updated 09:10", junkByline},
		{"Disclosure: The author holds shares in Pellworth Ltd.", junkTrailer},
		// Related links.
		{"RELATED: Biden and Putin to hold video call on Tuesday", junkRelated},
		{"Read more:", junkRelated},
		{"More from World", junkRelated},
		{"Explore more on these topics", junkRelated},
		{"Reuse this content", junkChrome},
		// A byline printed without "By".
		{"Sarah Collins Scotland correspondent", junkByline},
		{"Jane Doe, Senior Political Reporter", junkByline},
		{"The correspondent was expelled from Moscow last year", keep},
		// Trailers.
		{"(Reporting by Jane Doe in Moscow; Editing by John Roe)", junkTrailer},
		{"Additional reporting by Anna Schmidt", junkTrailer},
		{"Our Standards: The Thomson Reuters Trust Principles.", junkTrailer},
		{"© 2024 Example Media Group", junkTrailer},
		{"Copyright 2023 The Associated Press. All rights reserved.", junkTrailer},
		{"The Associated Press contributed to this report.", junkTrailer},
		{"* * *", junkChrome},
		{"Evan Vucci / AP file", junkCredit},
		// Header furniture.
		{"By Jane Doe", junkByline},
		{"BY JANE DOE AND JOHN ROE", junkByline},
		{"By María José García-López, Reuters", junkByline},
		{"Dec. 12, 2021, 10:02 AM UTC", junkDate},
		{"Updated 3:15 PM EST, Sun December 12, 2021", junkDate},
		{"Published 2 November 2024", junkDate},
		{"2024-11-02", junkDate},
		{"Dec. 12, 2021, 10:02 AM UTC / Source: Reuters", junkDate},
		{"By Jane Doe | May 3, 2024", junkByline},
		{"/ Source: Associated Press", junkWire},
		{"Reuters", junkWire},
		{"Mikhail Metzel / Pool via Reuters", junkCredit},
		{"Evan Vucci/AP", junkCredit},
		{"AFP via Getty Images", junkCredit},
		{"Photograph: Anna Lee/Reuters", junkCredit},
		{"Image source, Getty Images", junkCredit},
		{"Credit...Jane Doe for The New York Times", junkCredit},
		{"(AP Photo/Evan Vucci)", junkCredit},
		{"REUTERS/Evelyn Hockstein", junkCredit},
		{"Image caption, Firefighters at the scene on Sunday", junkCaption},
		{"[1/3] Russian President Vladimir Putin attends a meeting in Moscow. Sputnik/Mikhail Metzel/Kremlin via REUTERS", junkCaption},
		{"Last modified on Mon 13 Dec 2021 10.02 GMT", junkDate},
		{"Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine", junkChrome},
		{"Associated Press writer Jane Doe in London contributed to this report.", junkTrailer},
		{"CNN's John Roe contributed to this report.", junkTrailer},
		// Press releases, reader-funded sites, magazines, wires.
		{"FOR IMMEDIATE RELEASE", junkChrome},
		{"The Courier is funded by readers. Become a supporter from £4 a month.", junkChrome},
		{"Subscribe to our weekly newsletter for the best of the valley", junkChrome},
		{"Join the conversation", junkChrome},
		{"Comments are closed for this story.", junkChrome},
		{"Got a tip? Write to tips@courier.example", junkChrome},
		{"+44 20 7946 0321", junkChrome},
		{"Please turn on JavaScript to use this feature", junkBanner},
		{"Home  World  Business  Culture  Sport", junkChrome},
		{"Más noticias: Sequía en Murcia · Embalses al 20% · Cortes de agua", junkChrome},
		{"(Translated from Spanish by Ana Ruiz)", junkTrailer},
		{"The views expressed in this column are the author's own.", junkTrailer},
		{"This article appeared in the spring issue of Harbour Life.", junkTrailer},
		{"SOURCE Fjell Batteries AS", junkTrailer},
		{"March 2025 issue", junkDate},
		{"Translated from Spanish. Leer la versión original", junkTrailer},
		{"This interview has been lightly edited and condensed.", junkTrailer},
		{"Newsletter — The best of the week from our reporters, every Saturday. Subscribe", junkChrome},
		{"Sponsored: Fixed-rate bonds from 12 providers", junkChrome},
		{"Quotes delayed by at least 20 minutes.", junkChrome},
		{"Listen to the full episode on our podcast.", junkChrome},
		{"Comments (1,203)", junkChrome},
		{"Interviewed by Sara Lind", junkByline},
		{"Podcasts were first made popular in 2004, the producers said.", keep},
		{"Kessock Thistle 3 Dunmore Athletic 0", junkChrome},
		{"Thistle: Grant; Fyfe, Ross, Bain, Munro; Dow, Innes, Shaw; Ritchie, Law, Kerr.", junkChrome},
		{"Umpires: Ann Kerr, Joe Lamb. Crowd: 2,150.", junkChrome},
		{"EMBARGOED UNTIL 00:01 BST 3 MAY 2025", junkChrome},
		{"Harbour University — News and Events", junkChrome},
		{"More rugby", junkRelated},
		{"The final score was Kessock Thistle 3 Dunmore Athletic 0, the league said.", keep},
		{"More rain is expected on Friday.", keep},
		{"Apollo 11 Crew Return to Houston", keep},
		{"Dunmore Athletic 2-1 Kessock Thistle", junkChrome},
		{"The minister translated the decree from Latin by hand, aides said.", keep},
		// Issue 12, round 2: live blogs, newsletters, wires, tags, results.
		{"22:02", junkDate},
		{"10.45am BST", junkDate},
		{"BREAKING", junkChrome},
		{"Words: Lena Hart", junkByline},
		{"Tomas Berg Tuesday 4 March 2025", junkByline},
		{"September 26, 2025 · 4 min read", junkDate},
		{"Topics: Drought, Farming, Rhône", junkRelated},
		{"Read more obituaries", junkRelated},
		{"In this issue", junkChrome},
		{"Quote of the week: \"We are not done.\" — A. Person", junkChrome},
		{"Get the Weekend Reads newsletter, every Saturday morning.", junkChrome},
		{"Get the town's news in your inbox every morning.", junkChrome},
		{"Enjoying this article? Subscribe for unlimited access from £1 a week.", junkChrome},
		{"Forwarded this email? Sign up here.", junkChrome},
		{"-- Lyon bureau. Contact: +33 4 00 00 00 00", junkTrailer},
		{"Open Championship, men's final: Berg (SWE) bt Lund (NOR) 6-4 3-6 7-5", junkChrome},
		{"Results map: see every district as it declares", junkChrome},
		{"More local news", junkRelated},
		{"Get news alerts sent straight to your phone - download our app.", junkChrome},
		{"She won 6-4 3-6 7-5.", keep},
		{"The newsletter, which has 40,000 subscribers, was sold in May, the publisher said.", keep},
		{"Contact with the crew was lost at 10:32, the coastguard said.", keep},
		// Article text that only resembles junk stays.
		{"The charity is supported by readers of the local paper, the mayor said.", keep},
		{"Residents can write to complaints@council.example until Friday, the council said.", keep},
		{"The vote was held on 4 March 2025 in the town hall.", keep},
		{"Source code for the app was published in 2024.", keep},
		{"Putin and Biden agreed to hold more talks, Kremlin says", keep},
		{"By 2030, the city wants half of all trips to be made by bike.", keep},
		{"By Monday evening the fire was under control.", keep},
		{"The regulator said the browser maker had not supported its claims about cookies with evidence, and that users were never asked to accept tracking across sites they did not visit.", keep},
		{"Share prices fell 4 percent.", keep},
		{"Related party transactions rose sharply last year, the audit found.", keep},
		{"Advertising revenue fell by a third in the quarter.", keep},
		{"The vote was 31 to 24.", keep},
		{"He was born on Dec. 12, 1961, in Ohio.", keep},
		{"Prices rose 5% / 3% in the two regions.", keep},
		{"Source: company filings show the deal closed in May.", keep},
	}
	for _, tt := range tests {
		if got := classify(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestAuthorNote(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Jane Doe is a breaking news reporter for NBC News.", true},
		{"John Roe is the Guardian's Moscow correspondent.", true},
		{"Antony Blinken was the first senior official to visit the region, a reporter noted.", false},
		{"Peskov said the talks would continue.", false},
	}
	for _, tt := range tests {
		if got := reBio.MatchString(tt.line); got != tt.want {
			t.Errorf("author note %q = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestAuthorNoteWithByline(t *testing.T) {
	tests := []struct {
		line, byline string
		want         bool
	}{
		{"Margaret Olwen is a former harbour pilot. The views expressed here are her own.", "Margaret Olwen", true},
		{"Tomás Reyes is a writer based in Valparaíso. His book on sea ice is out in May.", "", true},
		{"Lena Ford has reported on farming for the Gazette since 2011.", "", true},
		{"Karl Dunn is the town's longest-serving councillor.", "Maria Lopez", false},
		{"The bridge is due to reopen in May.", "Maria Lopez", false},
	}
	for _, tt := range tests {
		if got := authorNote(tt.line, tt.byline); got != tt.want {
			t.Errorf("authorNote(%q, %q) = %v, want %v", tt.line, tt.byline, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		para, line, wire string
	}{
		{"MOSCOW — President Joe Biden and …", "MOSCOW — ", ""},
		{"GENEVA (Reuters) - Talks resumed on …", "GENEVA (Reuters) - ", "Reuters"},
		{"LONDON, Jan 5 (AP) — Britain's …", "LONDON, Jan 5 (AP) — ", "AP"},
		{"KYIV, Ukraine — Air raid sirens …", "KYIV, Ukraine — ", ""},
		{"ST. PETERSBURG, Fla. — A sinkhole …", "ST. PETERSBURG, Fla. — ", ""},
		{"WASHINGTON—The Senate voted …", "WASHINGTON—", ""},
		{"Paris (AFP) - French farmers …", "Paris (AFP) - ", "AFP"},
		{"Washington (CNN)President Joe Biden …", "Washington (CNN)", ""},
		{"(Reuters) - Oil prices rose …", "(Reuters) - ", "Reuters"},
		{"NEW DELHI: The monsoon arrived …", "NEW DELHI: ", ""},
		{"RIO DE JANEIRO — Flooding …", "RIO DE JANEIRO — ", ""},
		{"WESTHAVEN, Ore., March 4, 2025 -- Cascadia Hydrogen Inc. today …", "WESTHAVEN, Ore., March 4, 2025 -- ", ""},
		{"OSLO, 3 June 2024 /Wirestream/ -- Fjell AS …", "OSLO, 3 June 2024 /Wirestream/ -- ", ""},
		{"NORTHGATE, England, Oct. 7 (Calder Wire) - A former …", "NORTHGATE, England, Oct. 7 (Calder Wire) - ", ""},
		// Not datelines.
		{"President Joe Biden said on Sunday …", "", ""},
		{"US President Joe Biden — who …", "", ""},
		{"UPDATE: The story has changed …", "", ""},
		{"The European Union (EU) has agreed …", "", ""},
		{"BREAKING — Markets fall …", "", ""},
	}
	for _, tt := range tests {
		line, wire := dateline(tt.para)
		if line != tt.line || wire != tt.wire {
			t.Errorf("dateline(%q) = %q, %q; want %q, %q", tt.para, line, wire, tt.line, tt.wire)
		}
	}
}

func TestSplitCaptionCredit(t *testing.T) {
	tests := []struct {
		line, caption, credit string
	}{
		{"Russian troops take part in drills near Rostov on Dec. 14, 2021.Sergey Pivovarov / Reuters",
			"Russian troops take part in drills near Rostov on Dec. 14, 2021.", "Sergey Pivovarov / Reuters"},
		{"Firefighters work near the town of Lytton, B.C. Getty Images", "Firefighters work near the town of Lytton, B.C.", "Getty Images"},
		{"Protesters march in Santiago on Friday. (AP Photo/Esteban Felix)", "Protesters march in Santiago on Friday.", "(AP Photo/Esteban Felix)"},
		{"A voter casts a ballot in Atlanta.AP", "A voter casts a ballot in Atlanta.", "AP"},
		{"The minister, who spoke in Brussels, said the talks would resume. Officials declined to comment.", "", ""},
		{"He moved to the U.S.After that he never returned.", "", ""},
	}
	for _, tt := range tests {
		c, cr, ok := splitCaptionCredit(tt.line)
		if c != tt.caption || cr != tt.credit || ok != (tt.credit != "") {
			t.Errorf("splitCaptionCredit(%q) = %q, %q, %v; want %q, %q", tt.line, c, cr, ok, tt.caption, tt.credit)
		}
	}
}

// TestCleanScrapedPages runs whole pages in shapes other sites use through
// the text cleaner and checks the stored text, zones and metadata.
func TestCleanScrapedPages(t *testing.T) {
	tests := []struct {
		name    string
		page    string
		text    string
		zones   []string // zone names in order
		meta    annotate.Meta
		removed []string
	}{
		{
			name:  "date and source on one line, byline, no dek",
			page:  "Skip to main content\n\nWorld\n\nFloods cut off villages in northern Peru\n\nA road washed away near Trujillo.\nA road washed away near Trujillo.Ana Cruz / AFP via Getty Images\nMarch 3, 2025, 6:10 PM UTC / Source: Associated Press\nBy Luis Ortega\n\nLIMA, Peru — Heavy rain has cut off at least 40 villages.\n\nAdvertisement\n\nThe army sent helicopters on Monday.",
			text:  "Floods cut off villages in northern Peru\n\nLIMA, Peru — Heavy rain has cut off at least 40 villages.\n\nThe army sent helicopters on Monday.",
			zones: []string{"headline", "dateline", "body"},
			meta:  annotate.Meta{Title: "Floods cut off villages in northern Peru", Byline: "Luis Ortega", Published: "March 3, 2025, 6:10 PM UTC", Wire: "Associated Press"},
			removed: []string{"Skip to main content", "World", "A road washed away near Trujillo.", "A road washed away near Trujillo.",
				"Ana Cruz / AFP via Getty Images", "March 3, 2025, 6:10 PM UTC / Source: Associated Press", "By Luis Ortega", "Advertisement"},
		},
		{
			name:  "CNN-style glued dateline, dek and byline on their own lines",
			page:  "Senate passes stopgap funding bill hours before deadline\n\nThe measure keeps the government open until March.\n\nBy Jane Doe and John Roe, CNN\n\nUpdated 11:02 PM EST, Fri December 20, 2024\n\nWashington (CNN)The Senate passed a short-term spending bill late Friday.\n\nThe House approved it earlier in the day.",
			text:  "Senate passes stopgap funding bill hours before deadline\n\nThe measure keeps the government open until March.\n\nWashington (CNN)The Senate passed a short-term spending bill late Friday.\n\nThe House approved it earlier in the day.",
			zones: []string{"headline", "dek", "dateline", "body"},
			meta:  annotate.Meta{Title: "Senate passes stopgap funding bill hours before deadline", Byline: "Jane Doe and John Roe, CNN", Published: "Updated 11:02 PM EST, Fri December 20, 2024"},
		},
		{
			name: "NBC-style page: banner, caption pair with glued credit, date line, two bylines and author notes",
			page: "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\n" +
				"Biden says U.S. will not send troops to Ukraine\n\n" +
				"The president said the option was \"not on the table.\"\n" +
				"President Joe Biden speaks at the White House on Dec. 8, 2021.\n" +
				"President Joe Biden speaks at the White House on Dec. 8, 2021.Evan Vucci / AP\n" +
				"Dec. 9, 2021, 4:10 PM UTC / Updated Dec. 9, 2021, 6:02 PM UTC\n" +
				"By Jane Doe and John Roe\n\n" +
				"WASHINGTON — President Joe Biden said Wednesday that sending U.S. troops to Ukraine was not being considered.\n\n" +
				"Advertisement\n\n" +
				"\"That is not on the table,\" Biden told reporters.\n\n" +
				"Jane Doe is a White House reporter for NBC News.\n\n" +
				"John Roe is a politics reporter for NBC News.",
			text: "Biden says U.S. will not send troops to Ukraine\n\n" +
				"The president said the option was \"not on the table.\"\n\n" +
				"WASHINGTON — President Joe Biden said Wednesday that sending U.S. troops to Ukraine was not being considered.\n\n" +
				"\"That is not on the table,\" Biden told reporters.",
			zones: []string{"headline", "dek", "dateline", "body"},
			meta:  annotate.Meta{Title: "Biden says U.S. will not send troops to Ukraine", Byline: "Jane Doe and John Roe", Published: "Dec. 9, 2021, 4:10 PM UTC"},
			removed: []string{
				"IE 11 is not supported. For an optimal experience visit our site on another browser.",
				"President Joe Biden speaks at the White House on Dec. 8, 2021.",
				"President Joe Biden speaks at the White House on Dec. 8, 2021.",
				"Evan Vucci / AP",
				"Dec. 9, 2021, 4:10 PM UTC / Updated Dec. 9, 2021, 6:02 PM UTC",
				"By Jane Doe and John Roe",
				"Advertisement",
				"Jane Doe is a White House reporter for NBC News.",
				"John Roe is a politics reporter for NBC News.",
			},
		},
		{
			name:    "author note after the story",
			page:    "Storm closes schools across the state\n\nSchools in 14 counties closed on Monday as a winter storm moved in.\n\nForecasters expect up to a foot of snow.\n\nJane Doe is a breaking news reporter for NBC News.",
			text:    "Storm closes schools across the state\n\nSchools in 14 counties closed on Monday as a winter storm moved in.\n\nForecasters expect up to a foot of snow.",
			zones:   []string{"headline", "body"},
			removed: []string{"Jane Doe is a breaking news reporter for NBC News."},
		},
		{
			name:  "plain article without headline furniture keeps every paragraph as body",
			page:  "The bridge reopened on Tuesday after two years of repairs.\n\nDrivers said the new lanes were wider.",
			text:  "The bridge reopened on Tuesday after two years of repairs.\n\nDrivers said the new lanes were wider.",
			zones: []string{"body"},
		},
		{
			name:  "hard-wrapped paragraphs are joined, a headline and lede are not",
			page:  "Ferry service resumes after strike\n\nThe island ferry resumed its normal timetable on Monday after a\nfour-day strike by crew members over rosters and overtime pay, the\noperator said in a statement.\n\nPassengers queued from early morning.",
			text:  "Ferry service resumes after strike\n\nThe island ferry resumed its normal timetable on Monday after a four-day strike by crew members over rosters and overtime pay, the operator said in a statement.\n\nPassengers queued from early morning.",
			zones: []string{"headline", "body"},
		},
		{
			name: "press release: site name, breadcrumb and release label above the headline; profile, disclaimer and contacts after the story",
			page: "Fjell Batteries\nNewsroom › Releases\n\nFOR IMMEDIATE RELEASE\n\nFjell Batteries to open recycling line in Mo i Rana\n\n" +
				"OSLO, Norway, June 3, 2024 -- Fjell Batteries AS today announced that it will open a battery recycling line in Mo i Rana next spring, creating about 60 jobs.\n\n" +
				"The line will recover lithium, nickel and cobalt from about 8,000 tonnes of used cells a year, the company said in a statement on Monday.\n\n" +
				"\"Recycling is where the next decade of the industry will be decided,\" said chief executive Ingrid Fjell, who founded the company in 2016 with two colleagues.\n\n" +
				"About Fjell Batteries\nFjell Batteries AS designs and builds battery cells for ferries and buses.\n\nMedia contact:\nKari Nes\n+47 22 00 00 00\npress@fjell.example\n\n###",
			text: "Fjell Batteries to open recycling line in Mo i Rana\n\n" +
				"OSLO, Norway, June 3, 2024 -- Fjell Batteries AS today announced that it will open a battery recycling line in Mo i Rana next spring, creating about 60 jobs.\n\n" +
				"The line will recover lithium, nickel and cobalt from about 8,000 tonnes of used cells a year, the company said in a statement on Monday.\n\n" +
				"\"Recycling is where the next decade of the industry will be decided,\" said chief executive Ingrid Fjell, who founded the company in 2016 with two colleagues.",
			zones: []string{"headline", "dateline", "body"},
			removed: []string{"Fjell Batteries", "Newsroom › Releases", "FOR IMMEDIATE RELEASE", "About Fjell Batteries",
				"Fjell Batteries AS designs and builds battery cells for ferries and buses.", "Media contact:", "Kari Nes", "+47 22 00 00 00", "press@fjell.example", "###"},
		},
		{
			name: "magazine: masthead in capitals and a section label above the headline, a two-sentence standfirst, the writer's note at the end",
			page: "HARBOUR LIFE\nTravel\n\nThe last lighthouse keeper of Skerry Point\n\nFor forty years Agnes Moir kept the lamp lit. Now the lamp keeps itself.\n\nBy Lena Ford\n\n" +
				"Agnes Moir still climbs the 112 steps every morning, although nobody has paid her to do it since the light was automated in 1998.\n\n" +
				"Lena Ford is a writer based in Oban. Her book on Scottish lighthouses is out in May.",
			text: "The last lighthouse keeper of Skerry Point\n\nFor forty years Agnes Moir kept the lamp lit. Now the lamp keeps itself.\n\n" +
				"Agnes Moir still climbs the 112 steps every morning, although nobody has paid her to do it since the light was automated in 1998.",
			zones:   []string{"headline", "dek", "body"},
			meta:    annotate.Meta{Title: "The last lighthouse keeper of Skerry Point", Byline: "Lena Ford"},
			removed: []string{"HARBOUR LIFE", "Travel", "By Lena Ford", "Lena Ford is a writer based in Oban. Her book on Scottish lighthouses is out in May."},
		},
		{
			name: "match report: scoreline above the story, a facts box with its heading after it",
			page: "Thistle edge Dunmore in cup replay\n\nKessock Thistle 3 Dunmore Athletic 2\n\nKessock Thistle reached the quarter-finals with a late goal from Ewan Shaw on Tuesday night.\n\n" +
				"Match facts\nThistle: Grant; Fyfe, Ross, Bain, Munro; Dow, Innes, Shaw; Ritchie, Law, Kerr.\nReferee: Ann Kerr. Attendance: 2,150.",
			text:    "Thistle edge Dunmore in cup replay\n\nKessock Thistle reached the quarter-finals with a late goal from Ewan Shaw on Tuesday night.",
			zones:   []string{"headline", "body"},
			removed: []string{"Kessock Thistle 3 Dunmore Athletic 2", "Match facts", "Thistle: Grant; Fyfe, Ross, Bain, Munro; Dow, Innes, Shaw; Ritchie, Law, Kerr.", "Referee: Ann Kerr. Attendance: 2,150."},
		},
		{
			name:    "a related box inside the body and a repeated pull quote far apart",
			page:    "Council delays vote on parking fees\n\nThe council postponed its vote on higher parking fees to next month.\n\n\"We need more time,\" the mayor said.\n\nRelated\nParking fines to double in city centre\nNew bus lanes open on Ring Road\n\nTraders had opposed the plan.\n\n\"We need more time,\" the mayor said.",
			text:    "Council delays vote on parking fees\n\nThe council postponed its vote on higher parking fees to next month.\n\n\"We need more time,\" the mayor said.\n\nTraders had opposed the plan.\n\n\"We need more time,\" the mayor said.",
			zones:   []string{"headline", "body"},
			removed: []string{"Related", "Parking fines to double in city centre", "New bus lanes open on Ring Road"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("text:\n%q\nwant:\n%q", doc.Text, tt.text)
			}
			checkZones(t, doc)
			var names []string
			for _, z := range doc.Zones {
				names = append(names, z.Zone)
			}
			if !reflect.DeepEqual(names, tt.zones) {
				t.Errorf("zones = %v, want %v", names, tt.zones)
			}
			m := doc.Meta
			if tt.meta.Title != "" && (m.Title != tt.meta.Title || m.Byline != tt.meta.Byline || m.Published != tt.meta.Published || m.Wire != tt.meta.Wire) {
				t.Errorf("title, byline, published, wire = %q, %q, %q, %q; want %q, %q, %q, %q",
					m.Title, m.Byline, m.Published, m.Wire, tt.meta.Title, tt.meta.Byline, tt.meta.Published, tt.meta.Wire)
			}
			if tt.removed != nil && !reflect.DeepEqual(m.Removed, tt.removed) {
				t.Errorf("removed = %q\nwant %q", m.Removed, tt.removed)
			}
			if body := zoneText(doc, annotate.ZoneBody); !strings.HasSuffix(doc.Text, body) || body == "" {
				t.Errorf("body zone %q", body)
			}
		})
	}
}

// TestLiveBlogEntryHeadings checks that a live blog's entry headings, which
// the extractor drops while keeping the entries' text, are back before
// their entries, and its entry times and authors are not.
func TestLiveBlogEntryHeadings(t *testing.T) {
	entries := []struct{ ts, heading, text, who string }{
		{"21:05", "Polls have closed", "Voting has ended in the harbour referendum, and the first ballot boxes are arriving at the town hall, where counting staff have been waiting since the early evening.", "Lena Hart"},
		{"22:40", "First ward declares", "North Quay has voted to keep the ferry subsidy by 1,204 votes to 911, the returning officer said, on a turnout of 58 per cent, well above the council's own forecast.", "Omar Said"},
		{"23:15", "Turnout higher than expected", "Across the three wards counted so far, turnout has averaged 55 per cent, compared with 31 per cent at the last local election, according to the council's figures.", "Lena Hart"},
		{"23:50", "Campaigners cautious", "Supporters of the subsidy gathered outside the town hall but said they would not celebrate until the last two wards, both on the south side of the harbour, had declared.", "Omar Said"},
	}
	page := `<html><head><meta property="og:title" content="Harbour vote live: count under way in all six wards"></head><body><main><article>` +
		`<h1>Harbour vote live: count under way in all six wards</h1>`
	want := "Harbour vote live: count under way in all six wards"
	for _, e := range entries {
		page += `<div class="entry"><p class="ts">` + e.ts + `</p><h3>` + e.heading + `</h3><p>` + e.text + `</p><p class="entry-author">— ` + e.who + `</p></div>`
		want += "\n\n" + e.heading + "\n\n" + e.text
	}
	page += `</article></main></body></html>`
	doc, err := Clean("live.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != want {
		t.Errorf("text = %q\nwant %q", doc.Text, want)
	}
}

func TestMastheadLike(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"THE WESTMINSTER LEDGER", true},
		{"Politics | Environment", true},
		{"News › Politics", true},
		{"Science", true},
		{"Thamesdown Water boss waives bonus as MPs press him", false},
		{"Rents rose 9% | wages 3%", false},
		{"The bill passed by 31 votes to 24.", false},
	}
	for _, tt := range tests {
		if got := mastheadLike(tt.line); got != tt.want {
			t.Errorf("mastheadLike(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestPullQuote checks that a paragraph which is only a quotation repeating
// words said elsewhere in the article is removed as a pull quote, and that a
// quotation said only once stays.
func TestPullQuote(t *testing.T) {
	page := "# Harbour reopens after storm\n\nThe harbour reopened on Monday after three weeks of repairs.\n\n" +
		"“We lost the season but not the boats,” said harbourmaster Ines Fal. “Next year will be better.”\n\n" +
		"> “We lost the season but not the boats.”\n\n" +
		"“Nobody here has seen a winter like it,” said fisherman Tom Rees."
	doc, err := Clean("pull.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "\n\n“We lost the season but not the boats.”") {
		t.Errorf("pull quote kept:\n%s", doc.Text)
	}
	if !strings.Contains(doc.Text, "“Nobody here has seen a winter like it,” said fisherman Tom Rees.") {
		t.Errorf("a quotation said once was removed:\n%s", doc.Text)
	}
	found := false
	for _, r := range doc.Meta.Removed {
		found = found || r == "“We lost the season but not the boats.”"
	}
	if !found {
		t.Errorf("pull quote not in meta.removed: %q", doc.Meta.Removed)
	}
}

// TestDekWithoutFullStop checks that a line without a full stop between the
// headline and a lede that ends as a sentence is the standfirst, when the
// extractor dropped the byline that separated them.
func TestDekWithoutFullStop(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Ferry route to close after forty years"></head><body><article>` +
		`<h1>Ferry route to close after forty years</h1><h2 class="sub">Islanders say the last boat will leave them cut off for half the week</h2>` +
		`<p>The ferry between Port Ellin and the mainland will stop running in April, the operator announced on Monday.</p>` +
		`<p>About 300 people live on the island, and most of them travel by the ferry at least once a week.</p></article></body></html>`
	doc, err := Clean("ferry.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	var dek string
	runes := []rune(doc.Text)
	for _, z := range doc.Zones {
		if z.Zone == annotate.ZoneDek {
			dek = string(runes[z.Start:z.End])
		}
	}
	if want := "Islanders say the last boat will leave them cut off for half the week"; dek != want {
		t.Errorf("dek %q, want %q; text:\n%s", dek, want, doc.Text)
	}
}
