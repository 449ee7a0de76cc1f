package suggest

import "testing"

// TestSpeakerRolesPlacesAndDocuments checks speaker causes first met on unseen pages, in invented
// wordings: a body named with a country's adjective before it, a body
// named in full then shorter, a spokesperson for a description of a body
// named before, a trade word ending a company's name, a weather bureau's
// descriptions, and a transcript's question word that is no one's name.
func TestSpeakerRolesPlacesAndDocuments(t *testing.T) {
	tests := []speakerCase{
		{name: "the ministry after a ministry of defence named with its country's adjective",
			text: "Border guards turned back 200 lorries on Monday, the Varnian Ministry of Defence said on Tuesday.\n\nIn a statement, the ministry said the queues would clear by Friday.",
			want: []speakerWant{{"the queues would clear by Friday", "Varnian Ministry of Defence"}}},
		{name: "a company's name ending in a trade word is the company",
			text: "Brenmoor Therapeutics will test its asthma drug on 300 children, doctors at Kelby Hospital said.\n\nThe company said results were due next spring.",
			want: []speakerWant{{"results were due next spring", "Brenmoor Therapeutics"}}},
		{name: "a body named in full once then shorter keeps its full name, and the label and it take it",
			text: "The band Moth Lantern says Kestrel Bay Records has sat on its third album for a year.\n\nKestrel Bay, which signed the band in 2020, said the album was still planned. The label said it had paid for two tours. In an email, it said a date would come soon.",
			want: []speakerWant{{"the album was still planned", "Kestrel Bay Records"}, {"it had paid for two tours", "Kestrel Bay Records"}, {"a date would come soon", "Kestrel Bay Records"}}},
		{name: "a trade plural's possessive, then an apposition of no known kind: the company is the named firm",
			text: "Doctors welcome Brenmoor Therapeutics’ asthma inhaler for under-fives.\n\nBrenmoor Therapeutics, a Leeds biotech set up in 2015, said the inhaler would cost £40. The company said it would supply hospitals first.",
			want: []speakerWant{{"the inhaler would cost £40", "Brenmoor Therapeutics"}, {"it would supply hospitals first", "Brenmoor Therapeutics"}}},
		{name: "a transcript's question opening with an auxiliary names no one, and he in the answer is the man the answer names",
			text: "Tomas Berg, 41, the site foreman, gave evidence on Monday against the firm's owner, Colin Marsh.\n\nQ: Did you report the broken rail to anyone?\n\nA: I told Mr Marsh about it in March. He said he would get it fixed.",
			want: []speakerWant{{"he would get it fixed", "Colin Marsh"}}},
		{name: "the forecaster is the weather service the story named",
			text: "Snow closed 40 schools in the hills on Monday. The National Weather Office issued a yellow warning for ice.\n\nThe forecaster said the cold would last until Thursday.",
			want: []speakerWant{{"the cold would last until Thursday", "National Weather Office"}}},
		{name: "it after a body's noun opening the sentence before is that body, not a trust that spoke a paragraph earlier",
			text: "The Coastal Flood Bureau has warned of high tides along the estuary this weekend.\n\nThe Harfield Hospitals Trust said it had moved patients from its riverside ward.\n\nThe bureau told drivers to avoid the sea road on Saturday. It said sandbags would be handed out at the lifeboat station.",
			want: []speakerWant{{"sandbags would be handed out", "Coastal Flood Bureau"}}},
		{name: "he under an explainer's question heading is the man named in the paragraph between, not the man named most",
			text: "Why are the rivers so low?\n\nProf Nikhil Rao, a hydrologist at Tarnwick University, said the spring had been the driest in 50 years. Rao said the chalk streams were worst hit. He said some had stopped flowing.\n\nWill there be a hosepipe ban?\n\nThe water company's operations director, Owen Pritchard, said a ban was likely from July.\n\n“We have asked customers to cut back, and most have,” he told reporters.",
			want: []speakerWant{{"We have asked customers to cut back", "Owen Pritchard"}}},
		{name: "a description after the apposition of a by-phrase is the witness named before, not the barrister",
			text: "Carl Webb, 40, gave evidence at Lincoln Crown Court on Monday.\n\nMr Webb, a prosecution witness, said he had seen the van twice.\n\nQuestioned by the defence barrister, Nadia Khan KC, the witness said the van had been red.",
			want: []speakerWant{{"the van had been red", "Carl Webb"}}},
		{name: "her representative continues a representative for the singer described earlier",
			text: "Oona Vale has called off her spring tour after losing her voice.\n\nFans who bought tickets for the 14 shows will get their money back, the promoter Livewell said.\n\nA representative for the singer said doctors had told her to rest for a month.\n\nVale is due to play Dublin in June. Her representative said she still hoped to be fit.",
			want: []speakerWant{{"she still hoped to be fit", "representative for the singer"}}},
		{name: "a plural description is not the one person named by its noun in the singular",
			text: "The mill's electrician, Dale Rigby, had reported the fault in May, the inquiry heard.\n\nThe electricians said the wiring had been checked twice.",
			want: []speakerWant{{"the wiring had been checked twice", "electricians"}}},
		{name: "it after an unnamed document opening the sentence before is that document, not its owner",
			text: "Pellmore Estates wants to build 90 houses on the water meadow at Ashcombe.\n\nThe firm's flood assessment, sent to the council last month, is upbeat. It says the new drains will cope with a once-a-century storm.",
			want: []speakerWant{{"the new drains will cope", "flood assessment"}}},
		{name: "a body's own account is the body",
			text: "Fans have turned on Ridgeway Athletic after the club sold its captain.\n\nLate on Friday, the club's official account wrote that the fee would be spent on the academy.",
			want: []speakerWant{{"the fee would be spent on the academy", "Ridgeway Athletic"}}},
		{name: "a lede's role linked to a place is the official named next, not the place",
			text: "Grain exports through the port will fall by a third this year, the governor of Upper Varna said on Monday.\n\nGovernor Colette Marchand told reporters in Vernay that 12 ships had already been turned away.",
			want: []speakerWant{{"Grain exports through the port will fall", "Colette Marchand"}}},
	}
	checkSpeakerCases(t, "round 9 kinds", tests)
}
