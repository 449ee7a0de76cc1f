package suggest

import "testing"

// TestSpeakerBodyTypes checks issue 12's "speakers by role" causes on
// invented wordings: a given name's gender from many languages keeps "she"
// and "he" off a person of the other gender, a body's type words (its
// name's head, its apposition, a table of synonyms) decide which named body
// a definite description or a speaking "it" stands for, and a description
// no named body fits keeps its own words.
func TestSpeakerBodyTypes(t *testing.T) {
	tests := []speakerCase{
		// gender of given names beyond English
		{name: "she after a fronted quotation skips a man whose given name is Italian",
			text: "Dockers walked out at dawn, said their leader, Vincenzo Albanese. The transport minister, Chiara Colombo, said the strike was unjustified.\n\n“Nobody wins when the cranes stop,” she said on the radio.",
			want: []speakerWant{{"Nobody wins when the cranes stop", "Chiara Colombo"}}},
		{name: "he skips a woman whose given name is Yoruba",
			text: "The clinic's director, Funmilayo Adeyemi, met Gustavo Ferreira, who runs the supply firm, on Monday.\n\nAdeyemi said the order was late. “We shipped it twice,” he said.",
			want: []speakerWant{{"We shipped it twice", "Gustavo Ferreira"}}},
		{name: "she skips a man whose given name is Hindi",
			text: "Rakesh Menon, the depot manager, and Ioana Popescu, a driver, spoke after the meeting.\n\nMenon said rotas would change. “Nobody asked the drivers,” she said.",
			want: []speakerWant{{"Nobody asked the drivers", "Ioana Popescu"}}},

		// a body's kind decides what a description stands for
		{name: "the company is never a campaign group named nearer",
			text: "Pellworth Minerals, which has dug sand at Ashby Fen since 1998, wants to double the pit. The Ashby Fen Residents' Action Group, which collected 3,000 signatures, said the plan would drain the fen.\n\nThe company said the new pit would bring 40 jobs.",
			want: []speakerWant{{"the new pit would bring 40 jobs", "Pellworth Minerals"}, {"the plan would drain the fen", "Ashby Fen Residents' Action Group"}}},
		{name: "it after the company's description continues the company",
			text: "Harwick Timber, which owns the sawmill, plans a second kiln. The Friends of Harwick Wood Campaign Group said the kiln would be too loud.\n\nThe firm said the kiln would meet noise limits. In a letter to residents, it said work would start in May.",
			want: []speakerWant{{"work would start in May", "Harwick Timber"}}},
		{name: "a description's modifier picks the body whose name holds it, named after it in the lede",
			text: "The energy regulator has fined two suppliers for overcharging customers on prepayment meters.\n\nThe Energy Markets Authority said on Tuesday that Voltis and Brightcell had taken £4m too much.",
			want: []speakerWant{{"had taken £4m too much", "Energy Markets Authority"}}},
		{name: "a public body's description with its own modifiers keeps its words when no body holds them",
			text: "Fishing boats from Kelport will stay in harbour next week, the skippers' association said.\n\nThe coastal research institute said stocks were recovering slowly.",
			want: []speakerWant{{"stocks were recovering slowly", "coastal research institute"}}},
		{name: "a description of another kind than the body named nearest keeps its words",
			text: "Sorrento Shipping S.p.A. ordered two ferries on Monday, its chief executive said.\n\nThe regional transport agency said the new ferries would serve the islands from 2027.",
			want: []speakerWant{{"the new ferries would serve the islands", "regional transport agency"}}},

		// a speaking it
		{name: "it after a police force's statement is the force, not the club of the story",
			text: "Kelby Rovers meet Kelby Town on Saturday, and Rovers' manager said his side were ready.\n\nKelby Police said the match would start at noon. It said 80 officers would be on duty.",
			want: []speakerWant{{"80 officers would be on duty", "Kelby Police"}}},
		{name: "it takes the one body named in the sentence before, an object too",
			text: "Kelport Water, which runs the reservoir, has been fined twice since 2022, and Kelport Water said last year the dam was sound.\n\nCampaigners wrote to the Ministry of Rivers in March. In a reply, it said the dam would be inspected in June.",
			want: []speakerWant{{"the dam would be inspected in June", "Ministry of Rivers"}}},
		{name: "a body's own head names it in the next paragraph when a quotation speaks of it first",
			text: "Residents of Low Fell waded home on Sunday.\n\n“The council told us last year the drains were cleared,” said Amira Latif, who lives on Brook Row.\n\nHexley Council said it would inspect the drains this week.",
			want: []speakerWant{{"last year the drains were cleared", "Hexley Council"}}},
		{name: "a research institute's description with its own modifier is no place named before",
			text: "Crab boats from Porthvean stayed in port all week, said Jory Pascoe, who has fished out of Porthvean since 1990.\n\nIn a note on Friday, the marine biology institute wrote that the stock was falling.",
			want: []speakerWant{{"the stock was falling", "marine biology institute"}}},

		// titles and spokespeople
		{name: "a judge's title gives her the head judge",
			text: "The appeal was heard in London. In the lead judgment, Lady Justice Miriam Okeke wrote that the tenant had been wronged.\n\nThe judge said the lower court had misread the lease.",
			want: []speakerWant{{"the lower court had misread the lease", "Miriam Okeke"}}},
		{name: "a spokeswoman for a department named with its field, then she",
			text: "Bus drivers in Ranmoor walked out on Monday, said Declan Hurst, the union's organiser.\n\nA spokeswoman for the Department for Education said schools would stay open. Asked about exams, she said they would go ahead.",
			want: []speakerWant{{"schools would stay open", "spokeswoman for the Department for Education"}, {"they would go ahead", "spokeswoman for the Department for Education"}}},
		{name: "a participle apposition gives a role the description by club then picks",
			text: "Kelby Town manager Rob Hale said his side were tired after three games in a week.\n\nAcross the city, Marta Vidal, appointed head coach of Kelby Rovers in May, said her players were ready.\n\nHale said the pitch at Mill Lane was the worst in the league.\n\nThe Rovers coach said she had dropped her captain for the derby.",
			want: []speakerWant{{"her players were ready", "Marta Vidal"}, {"she had dropped her captain", "Marta Vidal"}}},
		{name: "a named person's participle apposition gives the role",
			text: "Oskar Lind, elected mayor of Tarnby in March, opened the bridge on Friday. Councillor Ruth Abbot, who chairs the roads committee, said it was late.\n\nThe mayor said the bridge had cost £4m.",
			want: []speakerWant{{"the bridge had cost £4m", "Oskar Lind"}}},
		{name: "a description no body fits keeps its fuller wording, an adjective of origin included",
			text: "The Norwegian government agreed on Monday to sell its stake in Fjordline Shipping AS to a Danish fund.\n\nFjordline Shipping AS said the sale would not change its routes. The government said the price was fair.",
			want: []speakerWant{{"the price was fair", "Norwegian government"}}},
		{name: "it continues a speaking name of no known kind over a council named in what it said",
			text: "Counting at Holm Hall ended at dawn.\n\nDenby Greens said in a statement that the result was a warning to Denby District Council. It said its new councillor would sit on the planning committee.",
			want: []speakerWant{{"its new councillor would sit on the planning committee", "Denby Greens"}}},
		{name: "it after according to a name of no known kind",
			text: "The Harbour Safety Agency, which inspects lifeboats, published its figures on Monday.\n\nAccording to the RNLI, call-outs rose by a fifth last summer. It says most were to people cut off by the tide.",
			want: []speakerWant{{"most were to people cut off by the tide", "RNLI"}}},
		{name: "the story's own body in the lede beats one named only where a person works",
			text: "Engineers at the University of Harrowgate said on Monday that a paint they developed cut heat loss from old windows by a third.\n\nThe work was tested on 40 houses in Leith.\n\nDr. Amy Chen, a physicist at Tarn University who was not involved, said the results were promising.\n\nThe university said the paint would be licensed next year.",
			want: []speakerWant{{"the paint would be licensed next year", "University of Harrowgate"}}},
		{name: "a court in the lede beats the lower court named in passing",
			text: "A tenant evicted after complaining about damp has won her case at the High Court.\n\nA judge at Selby County Court had upheld the eviction in May.\n\nThe court said the landlord had acted unlawfully.",
			want: []speakerWant{{"the landlord had acted unlawfully", "High Court"}}},
		{name: "a body's name with its legal form keeps all its words",
			text: "Cantiere Navale Golfo Azzurro S.p.A., which builds ferries in La Spezia, said it would hire 200 welders.\n\nThe company said the first ferry would be launched in 2027.",
			want: []speakerWant{{"it would hire 200 welders", "Cantiere Navale Golfo Azzurro S.p.A."}, {"the first ferry would be launched", "Cantiere Navale Golfo Azzurro S.p.A."}}},
		{name: "a court's ruling speaks for the court that spoke before it",
			text: "A crofter has won his fight to keep a shed on his land at the Court of Session.\n\nOn Tuesday the court said the council had applied the wrong rules. The ruling also says councils must give reasons in writing.",
			want: []speakerWant{{"councils must give reasons in writing", "Court of Session"}}},

		// stories mixing kinds
		{name: "a trust, a union and the trust",
			text: "Patients at Oakridge General waited up to 14 hours in A&E last week, according to figures seen by the Courier.\n\nThe Oakridge and Fenby NHS Foundation Trust, which runs the hospital, said staff were working flat out. Unison, the health union, said nurses were exhausted.\n\nThe trust said it had opened 20 extra beds.",
			want: []speakerWant{{"opened 20 extra beds", "Oakridge and Fenby NHS Foundation Trust"}, {"nurses were exhausted", "Unison"}}},
		{name: "a ministry and a union",
			text: "Teachers in Lisbon walked out on Thursday. The Ministry of Education said 40% of schools were closed. Fenprof, the largest teachers' union, said the figure was higher.\n\nThe ministry said talks would resume next week.",
			want: []speakerWant{{"talks would resume next week", "Ministry of Education"}, {"the figure was higher", "Fenprof"}}},
		{name: "a borough council and a residents' association",
			text: "Residents of Harlow Street have complained about potholes for years. Brackley Borough Council said repairs would begin in June.\n\nThe Harlow Street Residents' Association said it had heard that before. The council said the work was funded.",
			want: []speakerWant{{"the work was funded", "Brackley Borough Council"}, {"it had heard that before", "Harlow Street Residents' Association"}}},
		{name: "the quarry operator of an apposition, not the action group",
			text: "Ashgrove Minerals, the quarry operator, wants to dig deeper. The Ashgrove Action Group said the plan would ruin the valley.\n\nThe quarry operator said the work would create 50 jobs.",
			want: []speakerWant{{"the work would create 50 jobs", "Ashgrove Minerals"}}},
		{name: "she among Turkish names",
			text: "Ayşe Demir, a nurse in Izmir, and her colleague Mehmet Kaya spoke to reporters.\n\nKaya said shifts had doubled. “We are tired, but we stay,” she said.",
			want: []speakerWant{{"We are tired", "Ayşe Demir"}}},
		{name: "he among Spanish names",
			text: "Guadalupe Ríos, the port's director, and Rodrigo Méndez, who leads the dockers, met on Monday.\n\nRíos said the talks had gone well. “Nothing has changed,” he said.",
			want: []speakerWant{{"Nothing has changed", "Rodrigo Méndez"}}},
		{name: "the second of two people opening a sentence together may be he",
			text: "Sven Arnesen, the club's chairman, said the stadium would be rebuilt.\n\nGuadalupe Ríos, the port's director, and Rodrigo Méndez, who leads the dockers, met on Monday.\n\nRíos said the talks had gone well. “Nothing has changed,” he said.",
			want: []speakerWant{{"Nothing has changed", "Rodrigo Méndez"}}},
		{name: "a legal form makes a body of a name that would pass for a person's",
			text: "Velmar Cantieri S.p.A. will cut 200 jobs at its yard in Genoa, union leaders said on Friday.\n\nThe company said orders for new ferries had fallen by half.",
			want: []speakerWant{{"orders for new ferries had fallen by half", "Velmar Cantieri S.p.A."}}},
		{name: "a building society is a lender, not a charity",
			text: "Fenwick Building Society will close eight branches in Cumbria. The Rural Communities Trust said villages would lose their last counter.\n\nThe lender said most customers now banked online.",
			want: []speakerWant{{"most customers now banked online", "Fenwick Building Society"}}},
		{name: "the side that spoke in the sentence before, not the side it beat",
			text: "Dunholm Wanderers beat Carrick Albion 3-0 on Tuesday night.\n\nDunholm Wanderers said their goalkeeper had hurt a shoulder. The side said he would be out for six weeks.",
			want: []speakerWant{{"he would be out for six weeks", "Dunholm Wanderers"}}},
	}
	checkSpeakerCases(t, "body types and gender", tests)
}
