package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// Pages in wordings no fixture uses: a saved appeal e-mail, a wire story
// with summary bullets and a table, a pasted chat, each beside a near miss.

func TestCourtNoteAndTextButtons(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Hearings are reported in accordance with the Magistrates' Courts Act. Every defendant named has pleaded guilty or been convicted unless we say otherwise.", junkTrailer},
		{">> JOIN TODAY <<  https://otters.example/join", junkChrome},
		{"[ READ MORE ]", junkChrome},
		{"The hearings were reported to the regulator in accordance with the rules, the clerk said.", keep},
		{">> the fund had grown, he wrote.", keep},
	})
}

func TestEmailsWiresAndChats(t *testing.T) {
	mail := "From: Otter Rescue <news@otters.example>\nTo: friend@mail.example\n" +
		"Subject: Pip is home at last\nDate: Mon, 2 Mar 2026 08:00:00 +0000\n\n" +
		"Pip the otter goes home\n\n" +
		"After six weeks in our care, one small otter swims free again. Will you help the next one?\n\n" +
		"Dear Friend,\n\n" +
		"When Pip was found on the shingle at Carrow in January, he weighed less than a bag of sugar and could\n" +
		"barely lift his head. Our volunteers fed him every two hours for a fortnight.\n\n" +
		"   >> GIVE TODAY <<  https://otters.example/give\n\n" +
		"“He bit me twice and I forgave him both times,” said Ana Ferris, who ran the night feeds at the centre.\n\n" +
		"Last Tuesday we carried him back to the river where he was found, and he did not look back once.\n\n" +
		"With love and gratitude,\n\n" +
		"Tomas Breck\nDirector, Otter Rescue\n\n" +
		"P.S. Ana says the centre is very quiet without him, and she misses the biting.\n\n" +
		"------------------------------------------\n" +
		"Found an injured otter? Call us any time: 0800 111 2222\n" +
		"------------------------------------------\n\n" +
		"Otter Rescue is a registered charity in England\nand Wales (1234567). Registered office: 1 Mill\nLane, Carrow.\n\n" +
		"You are receiving this email because you adopted\nan otter with us in 2024.\n\n" +
		"Unsubscribe: https://otters.example/u?id=7 | Change your\nsettings | Privacy\n"
	wire := "Ferrymen vote to strike over rotas\n\n" +
		"* Union says members reject new shift pattern\n* Services at risk from April\n* Adds company reaction\n\n" +
		"KESTON, March 2 (Harbour Wire) - Ferry crews voted to strike over new rotas, their union said on Monday, putting crossings at risk from April.\n\n" +
		"The company said it was disappointed and would keep talking to the union about the shifts.\n\n" +
		"VOTE RESULT (ballot of crews)\n" +
		"                      For     Against     Turnout\n" +
		"  Deck crew           212          31         88%\n" +
		"  Engine crew          97          12         91%\n\n" +
		"The union said talks could resume next week if the company withdrew the rota.\n"
	chat := "Mayor answers questions on the tram\n\n" +
		"The mayor said on Friday that the tram extension would open in the autumn, a year late, and blamed supply delays.\n\n" +
		"She said the city would not pay the contractor's extra costs and that lawyers were looking at the contract.\n\n" +
		"Comments:\n09:41 Riverside_Jo: what about the night service\n09:44 kelp77 (host): please keep it civil\n\n" +
		"Asked about fares, she said they would be frozen for the first year of the new line.\n\n" +
		"09:50 The council will publish the revised timetable later today, the mayor added.\n"
	tests := []struct {
		name   string
		page   string
		gone   []string
		stayed []string
		dek    string
	}{
		{
			name: "a saved appeal e-mail",
			page: mail,
			gone: []string{"Subject: Pip is home at last", "Date: Mon, 2 Mar 2026 08:00:00 +0000", "Dear Friend,",
				">> GIVE TODAY <<  https://otters.example/give", "With love and gratitude,", "Tomas Breck", "Director, Otter Rescue",
				"Found an injured otter? Call us any time: 0800 111 2222", "Lane, Carrow.", "an otter with us in 2024.", "settings | Privacy"},
			dek:    "After six weeks in our care, one small otter swims free again. Will you help the next one?",
			stayed: []string{"Pip the otter goes home", "P.S. Ana says the centre is very quiet without him, and she misses the biting."},
		},
		{
			name:   "a letter's greeting and sign-off in a news page stay",
			page:   "Readers write to the harbour master\n\nThe harbour master published one letter in full on Monday, the council said in a statement.\n\nDear Harbour Master,\n\nThe moorings at the west quay have not been dredged for three winters and boats are grounding.\n\nWith thanks,\n\nMarta Quill\nQuay Street\n",
			stayed: []string{"Dear Harbour Master,", "With thanks,"},
		},
		{
			name:   "a wire's bullets and table heading",
			page:   wire,
			gone:   []string{"* Services at risk from April", "* Adds company reaction", "VOTE RESULT (ballot of crews)"},
			dek:    "Union says members reject new shift pattern",
			stayed: []string{"Union says members reject new shift pattern", "The union said talks could resume next week if the company withdrew the rota."},
		},
		{
			name:   "a pasted chat",
			page:   chat,
			gone:   []string{"Comments:", "09:41 Riverside_Jo: what about the night service", "09:44 kelp77 (host): please keep it civil"},
			stayed: []string{"09:50 The council will publish the revised timetable later today, the mayor added."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) {
					t.Errorf("%q left; text:\n%s", g, doc.Text)
				}
			}
			if tt.dek != "" && zoneText(doc, annotate.ZoneDek) != tt.dek {
				t.Errorf("dek %q, want %q", zoneText(doc, annotate.ZoneDek), tt.dek)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}

func TestFullerHeadline(t *testing.T) {
	tests := []struct {
		name, title, h1, want string
	}{
		{"a sharing title cut from the headline", "Ferry fares frozen", "Island ferry fares frozen until the spring", "Island ferry fares frozen until the spring"},
		{"an h1 that is the site's name", "Ferry fares frozen until the spring", "Harbour Gazette", "Ferry fares frozen until the spring"},
		{"an h1 that words it otherwise", "Ferry fares frozen until the spring", "Fares on island ferries will not rise this winter", "Ferry fares frozen until the spring"},
		{"no h1", "Ferry fares frozen", "", "Ferry fares frozen"},
	}
	for _, tt := range tests {
		if got := fullerHeadline(tt.title, tt.h1); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSharingTitleGivesWayToHeadline(t *testing.T) {
	page := `<html><head><title>Island ferry fares frozen until the spring | Harbour Gazette</title>
<meta property="og:title" content="Ferry fares frozen"></head><body>
<header><a href="/">Harbour Gazette</a></header>
<article><h1>Island ferry fares frozen until the spring</h1>
<p>Fares on the island ferries will not rise before April, the operator said on Tuesday, after a winter of complaints from residents about cancelled crossings.</p>
<p>The operator said it had agreed the freeze with the county council, which pays for two of the four routes, and that timetables would not change.</p>
<p>Residents' groups said the freeze was welcome but that reliability mattered more to them than the price of a ticket.</p>
</article></body></html>`
	doc, err := Clean("fares.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Island ferry fares frozen until the spring" {
		t.Errorf("headline %q; text:\n%s", got, doc.Text)
	}
}
