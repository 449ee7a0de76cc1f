package suggest

import (
	"fmt"
	"strings"
	"testing"

	"newsmark/annotate"
)

// suggestion is one suggested statement as an analyst reads it.
type suggestion struct {
	statement, speaker, canonical, cue, pattern, quoteType string
}

func (s suggestion) String() string {
	return fmt.Sprintf("%s %q by %q (%s) cue %q [%s]", s.pattern, s.statement, s.speaker, s.canonical, s.cue, s.quoteType)
}

// suggestionOf runs Suggest on text and returns the suggested statement
// whose text is statement, failing the test when there is none.
func suggestionOf(t *testing.T, text, statement string) (suggestion, bool) {
	t.Helper()
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == statement {
			return g, true
		}
	}
	t.Errorf("%q: no statement; got %v", statement, got)
	return suggestion{}, false
}

// canonicalSpeakers is the canonical speaker of each statement suggested
// for a body-only text, in order.
func canonicalSpeakers(text string) []string {
	got, _ := readSuggestions(text)
	var speakers []string
	for _, s := range got {
		speakers = append(speakers, s.canonical)
	}
	return speakers
}

// checkStatements suggests for text and fails t for every statement of
// want not suggested and every one of not suggested; it returns what it read.
func checkStatements(t *testing.T, text string, want, not []string) []suggestion {
	t.Helper()
	got, _ := readSuggestions(text)
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g.statement == w
		}
		if !found {
			t.Errorf("no statement %q in %v", w, got)
		}
	}
	for _, n := range not {
		for _, g := range got {
			if g.statement == n {
				t.Errorf("%q suggested as a statement", n)
			}
		}
	}
	return got
}

// suggestCase is a text and every suggestion it must give, in order.
type suggestCase struct {
	name string
	text string
	want []suggestion
}

// checkSuggestCases runs each case as a subtest: the text's suggestions
// must be exactly its want.
func checkSuggestCases(t *testing.T, tests []suggestCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// quoteCase is a text and a quotation of it that must (want) or must not
// be among its statements.
type quoteCase struct {
	name, text, quote string
	want              bool
}

// checkQuoteCases runs each case as a subtest: whether the quotation is
// among the text's statements must be its want.
func checkQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, s := range statementTexts(tt.text) {
				got = got || s == tt.quote
			}
			if got != tt.want {
				t.Errorf("%q suggested: %v, want %v (got %q)", tt.quote, got, tt.want, statementTexts(tt.text))
			}
		})
	}
}

// canonicalCase is a statement of a text with the canonical speaker it
// must get (want) or must not get (notWant); "" leaves that side open.
type canonicalCase struct {
	name, text, statement, notWant, want string
}

// checkCanonicalCases runs each case as a subtest on the statement's
// canonical speaker (suggestionOf reports a missing statement).
func checkCanonicalCases(t *testing.T, tests []canonicalCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := suggestionOf(t, tt.text, tt.statement)
			if !ok {
				return
			}
			if tt.want != "" && g.canonical != tt.want || tt.notWant != "" && g.canonical == tt.notWant {
				t.Errorf("%q: speaker %q (%s), want %q, not %q", tt.statement, g.speaker, g.canonical, tt.want, tt.notWant)
			}
		})
	}
}

// lineSpeakerCase is a text, one line of it and the canonical speaker
// the statement that is exactly that line must get; want "" when the line
// must not be suggested.
type lineSpeakerCase struct {
	text, line, want string
}

// checkLineSpeakers checks each case: the canonical speaker of the
// statement that is exactly its line, or "" when none is, must be its want.
func checkLineSpeakers(t *testing.T, tests []lineSpeakerCase) {
	t.Helper()
	for _, tt := range tests {
		got, _ := readSuggestions(tt.text)
		who := ""
		for _, g := range got {
			if g.statement == tt.line {
				who = g.canonical
			}
		}
		if who != tt.want {
			t.Errorf("%q: speaker of %q %q, want %q (%v)", tt.text, tt.line, who, tt.want, got)
		}
	}
}

// lastSpeakerCase is a text and the canonical speaker its last statement
// must get.
type lastSpeakerCase struct {
	name, text, want string
}

// checkLastSpeakers checks each case: the canonical speaker of the text's
// last statement ("" when it has none) must be its want.
func checkLastSpeakers(t *testing.T, tests []lastSpeakerCase) {
	t.Helper()
	for _, tt := range tests {
		got := canonicalSpeakers(tt.text)
		last := ""
		if len(got) > 0 {
			last = got[len(got)-1]
		}
		if last != tt.want {
			t.Errorf("%s: speakers %q, want the last %q", tt.name, got, tt.want)
		}
	}
}

// pairedQuoteCase is a text and how many quotations its tokens pair.
type pairedQuoteCase struct {
	text   string
	quotes int // quotations paired
}

// checkPairedQuoteCases runs each case as a subtest named by its text: the
// number of distinct quotations among the text's quote tokens must be its
// quotes.
func checkPairedQuoteCases(t *testing.T, tests []pairedQuoteCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := &finder{text: load(&annotate.Document{Text: tt.text}, DefaultOptions())}
			n := map[int]bool{}
			for _, tk := range f.toks {
				if tk.kind == tQuote {
					n[tk.quote] = true
				}
			}
			if len(n) != tt.quotes {
				t.Errorf("%d quotations paired, want %d", len(n), tt.quotes)
			}
		})
	}
}

// readSuggestions runs Suggest on a body-only document and reads back each
// statement with its speaker (following coref for the canonical) and cue.
func readSuggestions(text string) ([]suggestion, Result) {
	doc := &annotate.Document{Text: text}
	res := Suggest(doc, nil, DefaultOptions())
	runes := []rune(text)
	byID := map[string]annotate.Span{}
	for _, s := range res.Spans {
		byID[s.ID] = s
	}
	var out []suggestion
	for _, s := range res.Spans {
		if s.Label != annotate.LabelStatement {
			continue
		}
		sg := suggestion{statement: string(runes[s.Start:s.End]), pattern: s.Pattern}
		sg.quoteType, _ = s.Attrs["quote_type"].(string)
		for _, r := range res.Relations {
			if r.Head != s.ID {
				continue
			}
			c := byID[r.Child]
			switch r.Label {
			case annotate.RelSaidBy:
				sg.speaker = string(runes[c.Start:c.End])
				sg.canonical, _ = c.Attrs["canonical"].(string)
			case annotate.RelCue:
				sg.cue = string(runes[c.Start:c.End])
			}
		}
		out = append(out, sg)
	}
	return out, res
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"D1 cue before the speaker", `"We will not pay for a war we did not start," said Finance Minister Elena Varga.`,
			[]suggestion{{`"We will not pay for a war we did not start,"`, "Finance Minister Elena Varga", "Elena Varga", "said", "D1", "direct"}}},
		{"D2 speaker before the cue", `"The current tensions are being created on purpose," Peskov added.`,
			[]suggestion{{`"The current tensions are being created on purpose,"`, "Peskov", "Peskov", "added", "D2", "direct"}}},
		{"a quoted question given as said stays", `"Who will pay for the bridge? Not the people who voted for it," the councillor said.`,
			[]suggestion{{`"Who will pay for the bridge? Not the people who voted for it,"`, "the councillor", "councillor", "said", "D2", "direct"}}},
		{"told a hearer a clause whose verb is a negated modal inside a quotation", "Councillor Ed Morrow told residents the bypass “cannot be built before 2031.”",
			[]suggestion{{"the bypass “cannot be built before 2031.”", "Councillor Ed Morrow", "Ed Morrow", "told", "I1", "mixed"}}},
		{"a statement in a relative clause on the speaker", "Tomas Berg, who said he had fished the loch since 1990, joined the march on Saturday.",
			[]suggestion{{"he had fished the loch since 1990", "Tomas Berg", "Tomas Berg", "said", "I1", "indirect"}}},
		{"a relative clause's statement with no auxiliary, then the main one", "Councillor Ana Ruiz, who has said she backs the bypass, told reporters the vote should wait.",
			[]suggestion{{"she backs the bypass", "Councillor Ana Ruiz", "Ana Ruiz", "has said", "I1", "indirect"}, {"the vote should wait", "Councillor Ana Ruiz", "Ana Ruiz", "told", "I1", "indirect"}}},
		{"a coordinated cue after a subordinate clause's verb takes that clause's subject", "The ferry strike began on Monday after the Seafarers' Guild rejected a 2% offer and said it would stay out until Easter.",
			[]suggestion{{"it would stay out until Easter", "the Seafarers' Guild", "Seafarers' Guild", "said", "I1c", "indirect"}}},
		{"a medium with a participle and its agent before that", "The winger said in a video released by his club that he was sorry for the red card.",
			[]suggestion{{"he was sorry for the red card", "The winger", "winger", "said", "I1", "indirect"}}},
		{"a time of day with a clock's dots before that", "The union said in a statement at 4.20 a.m. that it would put the offer to its members.",
			[]suggestion{{"it would put the offer to its members", "The union", "union", "said in a statement", "I1", "indirect"}}},
		// dialogue dashes, as Spanish copy sets speech
		{"a dialogue line, its frame and the line going on", "—We will not sell the boat —said Ana Ruiz, 40, who mends nets in the harbour—. Her grandfather built it.",
			[]suggestion{{"—We will not sell the boat", "Ana Ruiz", "Ana Ruiz", "said", "D1", "direct"}, {"Her grandfather built it.", "Ana Ruiz", "Ana Ruiz", "said", "D1", "direct"}}},
		{"a dialogue line with a pronoun frame, then a line with no frame", "Tomás Vidal runs the bakery on the square. —The rent has tripled since May —he said.\n\n—Nobody can pay that.",
			[]suggestion{{"—The rent has tripled since May", "he", "Tomás Vidal", "said", "D2", "direct"}, {"—Nobody can pay that.", "he", "Tomás Vidal", "", "F", "direct"}}},
		{"a dialogue line opens a sentence after a quotation", "The mayor, Lucía Prieto, said the town was «tired of waiting». —They promised us a bridge in 2019 —she told reporters.",
			[]suggestion{{"the town was «tired of waiting»", "Lucía Prieto", "Lucía Prieto", "said", "I1", "mixed"}, {"—They promised us a bridge in 2019", "she", "Lucía Prieto", "told", "D2", "direct"}}},
		{"a dialogue frame that opens with the speaker's name, then the line going on", "The ferry stopped in 2020. —We waited two years for a boat —Marta Solís said later—. Then we bought our own.",
			[]suggestion{{"—We waited two years for a boat", "Marta Solís", "Marta Solís", "said", "D2", "direct"}, {"Then we bought our own.", "Marta Solís", "Marta Solís", "said", "D2", "direct"}}},
		{"near miss: a named line after a line is another line, not a frame", "The ferry stopped in 2020.\n\n—We waited two years for a boat —Marta Solís runs the café now—. Then we bought our own.",
			nil},
		{"D3 cue before a colon", `The mayor said: "Nobody will be left behind in this city."`,
			[]suggestion{{`"Nobody will be left behind in this city."`, "The mayor", "mayor", "said", "D3", "direct"}}},
		{"I1 with that and has", `Russia has said that it does not want offensive weapons near its border.`,
			[]suggestion{{"it does not want offensive weapons near its border", "Russia", "Russia", "has said", "I1", "indirect"}}},
		{"I1 with an addressee and a time adjunct", `Putin on Dec. 7 told Biden that the troops posed no threat to anyone.`,
			[]suggestion{{"the troops posed no threat to anyone", "Putin", "Putin", "told", "I1", "indirect"}}},
		{"I2 postposed with a day", `The two leaders agreed to hold more talks, the Kremlin said on Sunday.`,
			[]suggestion{{"The two leaders agreed to hold more talks", "the Kremlin", "Kremlin", "said", "I2", "indirect"}}},
		{"I2 inverted", `The factory will close in March, said a company spokeswoman.`,
			[]suggestion{{"The factory will close in March", "a company spokeswoman", "company spokeswoman", "said", "I2", "indirect"}}},
		{"A1 according to as the speaker", `According to a senior official, the deal was signed before midnight.`,
			[]suggestion{{"the deal was signed before midnight", "a senior official", "senior official", "According to", "A1", "indirect"}}},
		{"A1 according to a role and a name in apposition", `The rowing club was founded in 1911. According to its treasurer, Rosa Lindqvist, the club has 400 members.`,
			[]suggestion{{"the club has 400 members", "Rosa Lindqvist", "Rosa Lindqvist", "According to", "A1", "indirect"}}},
		{"A1 according to at the end", `The deal was signed before midnight, according to two diplomats.`,
			[]suggestion{{"The deal was signed before midnight", "two diplomats", "two diplomats", "according to", "A1", "indirect"}}},
		{"mixed quote with fragments", `Blinken said a meeting "seems pretty unlikely" in the "absence of de-escalation."`,
			[]suggestion{{`a meeting "seems pretty unlikely" in the "absence of de-escalation."`, "Blinken", "Blinken", "said", "I1", "mixed"}}},
		{"scare quote stays indirect", `Peskov said the West must respect Moscow's so-called "red lines" in the region.`,
			[]suggestion{{`the West must respect Moscow's so-called "red lines" in the region`, "Peskov", "Peskov", "said", "I1", "indirect"}}},
		{"a title is not a quote", `On "Meet the Press" on Sunday, Blinken said the talks would continue next week.`,
			[]suggestion{{"the talks would continue next week", "Blinken", "Blinken", "said", "I1", "indirect"}}},
		{"too early to say is no cue", `The Kremlin said it was too early to say when the leaders would meet.`,
			[]suggestion{{"it was too early to say when the leaders would meet", "The Kremlin", "Kremlin", "said", "I1", "indirect"}}},
		{"anonymous source", `A senior administration official said the sanctions would take effect on Monday.`,
			[]suggestion{{"the sanctions would take effect on Monday", "A senior administration official", "senior administration official", "said", "I1", "indirect"}}},
		{"two speakers in one sentence", `Lavrov said the proposal was dead, while Blinken said talks would go on.`,
			[]suggestion{
				{"the proposal was dead", "Lavrov", "Lavrov", "said", "I1", "indirect"},
				{"talks would go on", "Blinken", "Blinken", "said", "I1", "indirect"}}},
		{"coordinated continuation", `Prices will rise in spring, the bank said, and wages would follow later in the year.`,
			[]suggestion{
				{"Prices will rise in spring", "the bank", "bank", "said", "I2", "indirect"},
				{"wages would follow later in the year", "the bank", "bank", "said", "I2c", "indirect"}}},
		{"surname takes the full name", "Kremlin spokesman Dmitry Peskov spoke first.\n\nPeskov said the call had been useful for both sides.",
			[]suggestion{{"the call had been useful for both sides", "Peskov", "Dmitry Peskov", "said", "I1", "indirect"}}},
		{"pronoun takes its antecedent", "\"We are ready to talk at any time,\" Peskov added.\n\nHowever, he said the two leaders had agreed to talk again.",
			[]suggestion{
				{`"We are ready to talk at any time,"`, "Peskov", "Peskov", "added", "D2", "direct"},
				{"the two leaders had agreed to talk again", "he", "Peskov", "said", "I1", "indirect"}}},
		{"floating quote inherits the speaker", "\"We will rebuild every house,\" said Mayor Ana Ruiz.\n\n\"It will take years, but we will do it together.\"",
			[]suggestion{
				{`"We will rebuild every house,"`, "Mayor Ana Ruiz", "Ana Ruiz", "said", "D1", "direct"},
				{`"It will take years, but we will do it together."`, "Mayor Ana Ruiz", "Ana Ruiz", "", "F", "direct"}}},
		{"a dateline stays out of the statement", `MOSCOW — The talks will resume on Monday, the Kremlin said.`,
			[]suggestion{{"The talks will resume on Monday", "the Kremlin", "Kremlin", "said", "I2", "indirect"}}},
		{"quotation split around its frame: two statements, as the guidelines ask", `"Safe staffing," said organiser Tom Reilly, "is not a luxury we can bargain away."`,
			[]suggestion{{`"Safe staffing,"`, "organiser Tom Reilly", "Tom Reilly", "said", "D1", "direct"},
				{`"is not a luxury we can bargain away."`, "organiser Tom Reilly", "Tom Reilly", "said", "D1", "direct"}}},
		{"AP-style day after the cue", `The bridge will reopen in May, the transport department said Thursday.`,
			[]suggestion{{"The bridge will reopen in May", "the transport department", "transport department", "said", "I2", "indirect"}}},
		{"participle after a comma", `The company did not say whether it would pay, telling Reuters only that it was reviewing the claims.`,
			[]suggestion{{"it was reviewing the claims", "The company", "company", "telling", "I1p", "indirect"}}},
		{"naming verb with a quoted object", `Tamika Rhodes called the ruling "a victory for every voter in the state."`,
			[]suggestion{{`"a victory for every voter in the state."`, "Tamika Rhodes", "Tamika Rhodes", "called", "D3", "direct"}}},
		{"role linked to a place", `Farmers in the Riverina said they were moving livestock to irrigated paddocks.`,
			[]suggestion{{"they were moving livestock to irrigated paddocks", "Farmers in the Riverina", "Farmers in the Riverina", "said", "I1", "indirect"}}},
		{"source close to a body", `People close to the board said patience was wearing thin.`,
			[]suggestion{{"patience was wearing thin", "People close to the board", "People close to the board", "said", "I1", "indirect"}}},
		{"institute as a speaker", `The institute said in its annual report that water use had doubled since 2019.`,
			[]suggestion{{"water use had doubled since 2019", "The institute", "institute", "said", "I1", "indirect"}}},
		{"finding of a review", `The audit found that payments had been approved without checks for two years.`,
			[]suggestion{{"payments had been approved without checks for two years", "The audit", "audit", "found", "I1", "indirect"}}},
		{"told police that", `His neighbour told police that she had heard shouting after midnight.`,
			[]suggestion{{"she had heard shouting after midnight", "His neighbour", "neighbour", "told", "I1", "indirect"}}},
		{"a role after the named mention", "Mayor Lena Brandt opened the bridge on Friday.\n\nThe mayor said the town had waited forty years for it.",
			[]suggestion{{"the town had waited forty years for it", "The mayor", "Lena Brandt", "said", "I1", "indirect"}}},
		{"the company and it after the company's name", "Orvik Foods closed its bakery in Tarn on Friday.\n\nThe company said about 40 jobs would go. It said staff would be offered transfers.",
			[]suggestion{
				{"about 40 jobs would go", "The company", "Orvik Foods", "said", "I1", "indirect"},
				{"staff would be offered transfers", "It", "Orvik Foods", "said", "I1", "indirect"}}},
		{"an organisation's name with and inside", `The Institute for Forests and Peatland Studies said the drought had killed one in ten young trees.`,
			[]suggestion{{"the drought had killed one in ten young trees", "The Institute for Forests and Peatland Studies", "Institute for Forests and Peatland Studies", "said", "I1", "indirect"}}},
		{"two companies joined by and stay two", `Harrow Logistics and Penn Carriers said the merger would close in June.`,
			[]suggestion{{"the merger would close in June", "Penn Carriers", "Penn Carriers", "said", "I1", "indirect"}}},
		{"a person of a body", `Insp. Rosa Quint of the Harbour Police Unit said the boat had been stolen overnight.`,
			[]suggestion{{"the boat had been stolen overnight", "Insp. Rosa Quint of the Harbour Police Unit", "Rosa Quint", "said", "I1", "indirect"}}},
		{"a spokesperson for a named body", `A spokesman for Tarn Water said supplies would be restored by Sunday.`,
			[]suggestion{{"supplies would be restored by Sunday", "A spokesman for Tarn Water", "spokesman for Tarn Water", "said", "I1", "indirect"}}},
		{"the defendant is the person the report is about", "Karl Dunn, 44, denied two counts of theft. Dunn was arrested in May.\n\nThe defendant told the jury that he had found the tools in a skip.",
			[]suggestion{{"he had found the tools in a skip", "The defendant", "Karl Dunn", "told", "I1", "indirect"}}},
		{"a Q&A answer by she is the interviewee's", "Anna Berg has been the island's doctor since 2009. Berg, 54, trained in Bergen. Her colleague Tom Hale says she never takes a holiday.\n\nWhat keeps you here?\n\n\"The patients, mostly, and the light in winter,\" she says.",
			[]suggestion{
				{"she never takes a holiday", "Her colleague Tom Hale", "Tom Hale", "says", "I1", "indirect"},
				{`"The patients, mostly, and the light in winter,"`, "she", "Anna Berg", "says", "D2", "direct"}}},
		{"a post with its message", `Councillor Ada Weir posted a video of the flooded underpass on Sunday with the caption “Three days and still no pumps. Who is in charge here?”`,
			[]suggestion{{"“Three days and still no pumps. Who is in charge here?”", "Councillor Ada Weir", "Ada Weir", "posted", "D3", "direct"}}},
		{"a colon frame whose quotation is the next paragraph", "Pressed on the delays, the minister said:\n\n\"We inherited a timetable that was fiction from the first day.\"",
			[]suggestion{{`"We inherited a timetable that was fiction from the first day."`, "the minister", "minister", "said", "D3", "direct"}}},
		{"transcript lines", "CHAIR: The committee will come to order.\n\nOKAFOR: Thank you, chair. I have three questions about the budget.",
			[]suggestion{
				{"The committee will come to order.", "CHAIR", "CHAIR", "", "T", "direct"},
				{"Thank you, chair. I have three questions about the budget.", "OKAFOR", "OKAFOR", "", "T", "direct"}}},
		{"an action before a quotation", "Maria Olsen has run the ferry cafe for thirty years.\n\nShe shrugs. \"Somebody has to feed the crews at five in the morning.\"",
			[]suggestion{{`"Somebody has to feed the crews at five in the morning."`, "She", "Maria Olsen", "", "F", "direct"}}},
		{"the question before an answer is not the statement", `Asked whether the stadium would close, the manager said it was too early to tell.`,
			[]suggestion{{"it was too early to tell", "the manager", "manager", "said", "I1", "indirect"}}},
		{"that as the subject", `Ruiz said that was the best offer the union would get.`,
			[]suggestion{{"that was the best offer the union would get", "Ruiz", "Ruiz", "said", "I1", "indirect"}}},
		{"an abbreviation closes the statement", `The ferry left Kvalvik at 6 a.m., the harbour master said.`,
			[]suggestion{{"The ferry left Kvalvik at 6 a.m.", "the harbour master", "harbour master", "said", "I2", "indirect"}}},
		{"an adverb of time after the cue", `A council spokeswoman said later that the road would reopen on Friday.`,
			[]suggestion{{"the road would reopen on Friday", "A council spokeswoman", "council spokeswoman", "said", "I1", "indirect"}}},
		{"a company suffix in the speaker", `Tarnby Foods Ltd. today announced that it would open a second bakery in Hull.`,
			[]suggestion{{"it would open a second bakery in Hull", "Tarnby Foods Ltd.", "Tarnby Foods Ltd.", "announced", "I1", "indirect"}}},
		{"guillemets with French spacing", "«\u00a0Nous ne lâcherons rien sur les salaires\u00a0», said union leader Agnès Brun.",
			[]suggestion{{"«\u00a0Nous ne lâcherons rien sur les salaires\u00a0»", "union leader Agnès Brun", "Agnès Brun", "said", "D1", "direct"}}},
		{"a second verb reports speech after one that does not", `Harlow Foods posted record sales on Tuesday and said it would hire 200 drivers.`,
			[]suggestion{{"it would hire 200 drivers", "Harlow Foods", "Harlow Foods", "said", "I1c", "indirect"}}},
		{"according to a note", `According to a note from Ferris Capital, the merger will cut costs by a fifth.`,
			[]suggestion{{"the merger will cut costs by a fifth", "a note from Ferris Capital", "note from Ferris Capital", "According to", "A1", "indirect"}}},
		{"an addressee with a particle", `The mayor told La Voix du Nord that the market would reopen in June.`,
			[]suggestion{{"the market would reopen in June", "The mayor", "mayor", "told", "I1", "indirect"}}},
		{"an interview's answers are the interviewee's", "Sara Voss runs the shelter. Voss opened it in 2015.\n\nQ: How many people come each night?\n\nA: About forty in winter, fewer in summer.",
			[]suggestion{{"About forty in winter, fewer in summer.", "A", "Sara Voss", "", "T", "direct"}}},
		{"a statement reported in an answer is nested in it", "Sara Voss runs the shelter. Voss opened it in 2015.\n\nQ: Will the council keep funding you?\n\nA: Nobody knows. The council tells us the money is safe, and we hope so.",
			[]suggestion{
				{"Nobody knows. The council tells us the money is safe, and we hope so.", "A", "Sara Voss", "", "T", "direct"},
				{"the money is safe", "The council", "council", "tells", "I1", "indirect"}}},
		{"an action after a fronted phrase", "Tom Reyes has coached the team for ten years.\n\nAfter a long pause, Reyes nodded. \"We will be back next season, stronger than before.\"",
			[]suggestion{{`"We will be back next season, stronger than before."`, "Reyes", "Tom Reyes", "", "F", "direct"}}},
		{"a club's name is an organisation's", `Dunmore Athletic said it would appeal against the fine. It added that the stand would reopen in May.`,
			[]suggestion{
				{"it would appeal against the fine", "Dunmore Athletic", "Dunmore Athletic", "said", "I1", "indirect"},
				{"the stand would reopen in May", "It", "Dunmore Athletic", "added", "I1", "indirect"}}},
		{"an event after the cue", `The coach said after the game that his players had been exhausted.`,
			[]suggestion{{"his players had been exhausted", "The coach", "coach", "said", "I1", "indirect"}}},
		{"a body named inside a speaker phrase", "Nearly half the lakes are too warm for trout, according to a survey by researchers at Lowmoor University.\n\nThe university said the survey would be repeated in 2027.",
			[]suggestion{
				{"Nearly half the lakes are too warm for trout", "a survey by researchers at Lowmoor University", "survey by researchers at Lowmoor University", "according to", "A1", "indirect"},
				{"the survey would be repeated in 2027", "The university", "Lowmoor University", "said", "I1", "indirect"}}},
		{"second that-clause", `Whitmore told reporters he was disappointed and that Republicans would comply with the order.`,
			[]suggestion{
				{"he was disappointed", "Whitmore", "Whitmore", "told", "I1", "indirect"},
				{"Republicans would comply with the order", "Whitmore", "Whitmore", "told", "I1c", "indirect"}}},

		// Issue 12, round 2: descriptions and pronouns that stand for a name.
		{"a description by the words before a name", "The fourth seed Ana Lund lost in three sets.\n\nThe fourth seed said her back had been sore since March.",
			[]suggestion{{"her back had been sore since March", "The fourth seed", "Ana Lund", "said", "I1", "indirect"}}},
		{"an abbreviated title spelt out", "Talks were chaired by Gen. Rolf Meyer. The general said the truce would hold.",
			[]suggestion{{"the truce would hold", "The general", "Rolf Meyer", "said", "I1", "indirect"}}},
		{"a role varied by nationality", "Lena Brandt, who had won every set this week, was calm. \"I was not good enough today,\" the German said.",
			[]suggestion{{`"I was not good enough today,"`, "the German", "Lena Brandt", "said", "D2", "direct"}}},
		{"a company's description for the subject of the lede", "Harwick Foods will close two bakeries, the grocer said on Monday as it reported a loss.",
			[]suggestion{{"Harwick Foods will close two bakeries", "the grocer", "Harwick Foods", "said", "I2", "indirect"}}},
		{"a hearer named by a common noun", "Tax rises would hit pensioners hardest, an economist told a hearing at Carrow Town Hall.",
			[]suggestion{{"Tax rises would hit pensioners hardest", "an economist", "economist", "told", "I2", "indirect"}}},
		{"an adjunct before that", "The mayor said outside the hall that the vote had been fair.",
			[]suggestion{{"the vote had been fair", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"no before a noun", "Ortiz said no decision had been taken.",
			[]suggestion{{"no decision had been taken", "Ortiz", "Ortiz", "said", "I1", "indirect"}}},
		{"the speaker's next act", "The board said the plan was “not workable” and proposed a review.",
			[]suggestion{{"the plan was “not workable”", "The board", "board", "said", "I1", "mixed"}}},
		{"he inside a reported statement", "Tomas Weir said he had told the panel that the figures were wrong.",
			[]suggestion{
				{"he had told the panel that the figures were wrong", "Tomas Weir", "Tomas Weir", "said", "I1", "indirect"},
				{"the figures were wrong", "he", "Tomas Weir", "had told", "I1", "indirect"}}},
		{"a relative clause closed by a name", "The Harbour League, whose team was led by its captain, Rosa Dunn, said the result was fair.",
			[]suggestion{{"the result was fair", "The Harbour League", "Harbour League", "said", "I1", "indirect"}}},
		{"a Romance body's name", "La Compagnie fluviale du Rhin, qui gère les écluses, said traffic would resume on Monday.",
			[]suggestion{{"traffic would resume on Monday", "Compagnie fluviale du Rhin", "Compagnie fluviale du Rhin", "said", "I1", "indirect"}}},
		{"an age between commas before a relative clause", "Resident Tom Hale, 64, who has farmed here since 1980, said the river had never been so low.",
			[]suggestion{{"the river had never been so low", "Resident Tom Hale", "Tom Hale", "said", "I1", "indirect"}}},
		{"a participle's subject linked to its body", "A spokeswoman for the trust declined to give a date, saying talks with the builder were still going on.",
			[]suggestion{{"talks with the builder were still going on", "A spokeswoman for the trust", "spokeswoman for the trust", "saying", "I1p", "indirect"}}},
		{"according to a source and where it was", "Waiting times rose fastest in the north, according to a survey in 300 hospitals.",
			[]suggestion{{"Waiting times rose fastest in the north", "a survey in 300 hospitals", "survey in 300 hospitals", "according to", "A1", "indirect"}}},
		{"a description's fuller wording earlier", "The parish council voted to close the hall.\n\nThe council said the roof was unsafe.",
			[]suggestion{{"the roof was unsafe", "The council", "parish council", "said", "I1", "indirect"}}},
		{"a lede's description named later", "The harbour authority said the channel would be dredged in May.\n\nShips have run aground twice this year.\n\nThe Kessock Harbour Authority has asked for £2m.",
			[]suggestion{{"the channel would be dredged in May", "The harbour authority", "Kessock Harbour Authority", "said", "I1", "indirect"}}},
		{"a body named by its field in lower case", "The department of health, which runs the scheme, said the waiting list had halved.",
			[]suggestion{{"the waiting list had halved", "The department of health", "department of health", "said", "I1", "indirect"}}},
		{"a source named by whose it is", "According to the council's own survey, most residents want the market to stay.",
			[]suggestion{{"most residents want the market to stay", "the council's own survey", "council's own survey", "According to", "A1", "indirect"}}},
		{"a hearer in lower case before that", "The coach told local radio that the squad was tired.",
			[]suggestion{{"the squad was tired", "The coach", "coach", "told", "I1", "indirect"}}},
		{"a role after a name without a determiner", "Ana Reyes, chief executive of Portline, met the mayor.\n\nThe chief executive said the terminal would open in May.",
			[]suggestion{{"the terminal would open in May", "The chief executive", "Ana Reyes", "said", "I1", "indirect"}}},
		{"a pronoun takes its sentence's subject before a later name", "Tom Varga arrived at the hearing with his lawyer, Petra Lind. He said the charges were false.",
			[]suggestion{{"the charges were false", "He", "Tom Varga", "said", "I1", "indirect"}}},
		{"a pronoun passes over a body before its subject's role", "Pellworth Ventures partner Lena Ostrova, who joins the board, said the deal was fair. She said the price was high.",
			[]suggestion{{"the deal was fair", "Lena Ostrova", "Lena Ostrova", "said", "I1", "indirect"}, {"the price was high", "She", "Lena Ostrova", "said", "I1", "indirect"}}},
		{"a place in a fronted adjunct is no apposition", "Health minister Omar Quist said the plan was sound. Speaking in the Lords, the minister said the clinics would stay open.",
			[]suggestion{{"the plan was sound", "Health minister Omar Quist", "Omar Quist", "said", "I1", "indirect"}, {"the clinics would stay open", "the minister", "Omar Quist", "said", "I1", "indirect"}}},
		{"a lede's person described before the name", "A senior engineer at Brackwater Rail has warned that the old bridge is unsafe.\n\nDr Piet Olsen, who inspected it in May, said repairs would take a year.\n\nThe council said it would close the road.\n\nThe engineer said trains would be slowed.",
			[]suggestion{{"the old bridge is unsafe", "A senior engineer at Brackwater Rail", "Piet Olsen", "has warned", "I1", "indirect"}, {"repairs would take a year", "Dr Piet Olsen", "Piet Olsen", "said", "I1", "indirect"}, {"it would close the road", "The council", "council", "said", "I1", "indirect"}, {"trains would be slowed", "The engineer", "Piet Olsen", "said", "I1", "indirect"}}},
		{"the head of a body is a person", "The head of the region's largest bus company told councillors that fares would rise.\n\nPaula Lind, chief executive of Metrobus, said the rise was the first in four years.",
			[]suggestion{{"fares would rise", "The head of the region's largest bus company", "Paula Lind", "told", "I1", "indirect"}, {"the rise was the first in four years", "Paula Lind", "Paula Lind", "said", "I1", "indirect"}}},
		{"letters before a name are a role", "Local MEP Sandra Okoye said she would raise the case in Brussels. She said farmers had written to her.",
			[]suggestion{{"she would raise the case in Brussels", "Local MEP Sandra Okoye", "Sandra Okoye", "said", "I1", "indirect"}, {"farmers had written to her", "She", "Sandra Okoye", "said", "I1", "indirect"}}},
		{"a possessive inside a body's name", "The Children's Hospital Trust said the ward would reopen in May.",
			[]suggestion{{"the ward would reopen in May", "The Children's Hospital Trust", "Children's Hospital Trust", "said", "I1", "indirect"}}},
		{"a body's description takes the body speaking just before", "The figures came a week after the Pensions Regulator warned Corvane that its scheme was underfunded. The watchdog said the gap was £40m.",
			[]suggestion{{"its scheme was underfunded", "the Pensions Regulator", "Pensions Regulator", "warned", "I1", "indirect"}, {"the gap was £40m", "The watchdog", "Pensions Regulator", "said", "I1", "indirect"}}},
		{"a person named by what they do", "Mill owner Ross Tait, speaking on Friday, denied it. The businessman said the machines were safe.",
			[]suggestion{{"the machines were safe", "The businessman", "Ross Tait", "said", "I1", "indirect"}}},
		{"a lede's description after its content", "The bridge should have been closed in May, a structural surveyor has told the council.\n\nKaren Voss, of the county's highways team, told councillors that cracks had been reported twice.",
			[]suggestion{{"The bridge should have been closed in May", "a structural surveyor", "Karen Voss", "has told", "I2", "indirect"}, {"cracks had been reported twice", "Karen Voss", "Karen Voss", "told", "I1", "indirect"}}},
		{"a possessive is no subject for a pronoun", "Hale's widow, Nina Hale, said the family wanted answers. She said he had phoned her that morning.",
			[]suggestion{{"the family wanted answers", "Nina Hale", "Nina Hale", "said", "I1", "indirect"}, {"he had phoned her that morning", "She", "Nina Hale", "said", "I1", "indirect"}}},
		{"a name ending in capital letters is a body", "Harlow Vale FC said the stadium would close. It said home games would move.",
			[]suggestion{{"the stadium would close", "Harlow Vale FC", "Harlow Vale FC", "said", "I1", "indirect"}, {"home games would move", "It", "Harlow Vale FC", "said", "I1", "indirect"}}},
		{"an age stands for a person", "Mayor Pia Lund, who has led the town since 2010, will stand down. The 68-year-old said the job needed new energy.",
			[]suggestion{{"the job needed new energy", "The 68-year-old", "Pia Lund", "said", "I1", "indirect"}}},
		{"a body's description is the body named in its sentence", "The sale of Dunmore FC has been called off after the Premier League club pulled out, the club said.",
			[]suggestion{{"The sale of Dunmore FC has been called off after the Premier League club pulled out", "the club", "Dunmore FC", "said", "I2", "indirect"}}},
		{"a coordinated verb with a quoted object goes on with the content", `Tarn Water said its divers had searched the reservoir and found "no trace of the boat".`,
			[]suggestion{{`its divers had searched the reservoir and found "no trace of the boat"`, "Tarn Water", "Tarn Water", "said", "I1", "mixed"}}},
		{"documents seen by someone show", `Emails seen by the Courier show that the contract was signed a week before the vote.`,
			[]suggestion{{"the contract was signed a week before the vote", "Emails seen by the Courier", "Emails seen by the Courier", "show", "I1", "indirect"}}},
		{"an adjunct between commas before that", `She told me later, by phone, that the tapes had never been lost.`,
			[]suggestion{{"the tapes had never been lost", "She", "", "told", "I1", "indirect"}}},
		{"pointed out that", `The economist pointed out that most of the new jobs were part-time.`,
			[]suggestion{{"most of the new jobs were part-time", "The economist", "economist", "pointed out", "I1", "indirect"}}},
		{"shouted that", `From the back benches, the minister shouted that the figures were invented.`,
			[]suggestion{{"the figures were invented", "the minister", "minister", "shouted", "I1", "indirect"}}},
		{"according to a source of unknown nouns at the sentence's start", `According to the minutes of the board meeting, the sale was approved without a vote.`,
			[]suggestion{{"the sale was approved without a vote", "the minutes of the board meeting", "minutes of the board meeting", "According to", "A1", "indirect"}}},
		{"a wrote with a hearer and a date before that", `The maker wrote to airlines on Jan. 5 that the blades needed checking.`,
			[]suggestion{{"the blades needed checking", "The maker", "maker", "wrote", "I1", "indirect"}}},
		{"a statement inside a fronted clause, then a participle of the main clause", `When Holt said the fee was "an insult", the chairman was on his feet at once, insisting the offer had been "more than fair".`,
			[]suggestion{{`the fee was "an insult"`, "Holt", "Holt", "said", "I1", "mixed"},
				{`the offer had been "more than fair"`, "the chairman", "chairman", "insisting", "I1p", "mixed"}}},
		{"a participle's subject stops at its verb", `Island states walked out of the talks on Saturday, saying the rich countries were "holding the fund hostage".`,
			[]suggestion{{`the rich countries were "holding the fund hostage"`, "Island states", "Island states", "saying", "I1p", "mixed"}}},
		{"a statement reported inside a quotation is nested in it", `"Our members told us the new rota was unworkable," said Ana Ruiz.`,
			[]suggestion{{`"Our members told us the new rota was unworkable,"`, "Ana Ruiz", "Ana Ruiz", "said", "D1", "direct"},
				{"the new rota was unworkable", "Our members", "members", "told", "I1", "indirect"}}},
		{"a quotation inside a quotation after a hearer and a time", `"The makers told us in May, 'The cables are safe.' We believed them," she said.`,
			[]suggestion{{`"The makers told us in May, 'The cables are safe.' We believed them,"`, "she", "", "said", "D2", "direct"},
				{"'The cables are safe.'", "The makers", "makers", "told", "D3", "direct"}}},
		{"a statement reported inside a floating quotation is nested in it", "\"We run fewer trains,\" said Grace Obi.\n\n\"Commuters have told us late trains are worse than none.\"",
			[]suggestion{{`"We run fewer trains,"`, "Grace Obi", "Grace Obi", "said", "D1", "direct"},
				{`"Commuters have told us late trains are worse than none."`, "Grace Obi", "Grace Obi", "", "F", "direct"},
				{"late trains are worse than none", "Commuters", "Commuters", "have told", "I1", "indirect"}}},
		{"a short quotation before its cue", `"Absolutely not," he said.`,
			[]suggestion{{`"Absolutely not,"`, "he", "", "said", "D2", "direct"}}},
		{"guillemets with plain spaces", "« We will not give up », said Anne Roux.",
			[]suggestion{{"« We will not give up »", "Anne Roux", "Anne Roux", "said", "D1", "direct"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestNoStatement(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"added as an ordinary verb", "The plant added 120 jobs and a new production line last year."},
		{"declined to say", "The ministry declined to say whether the talks had failed."},
		{"passive told", "He was told that the flight had been cancelled."},
		// a short quotation with no cue after it stays out; one with its cue
		// after it is speech (TestPatterns, "a short quotation before its cue")
		{"short quote", `The sign on the gate read "Keep out," and nobody did.`},
		{"title only", `She appeared on "Face the Nation" and "Meet the Press" on Sunday.`},
		{"first person outside quotes", "We said the plan would fail long before it did."},
		{"report as a noun", "A report on the crash will be published next year."},
		{"cue inside a quotation", `"Nobody said the road would be easy for the party" was the slogan.`},
		{"admitted with an object", "The driver admitted two counts of careless driving at the county court on Monday."},
		{"wrote with a document as object", `In 2020 she wrote the report "Rivers at Risk" for the Ministry of Water and Land.`},
		{"found with an object", "Divers found the wreck of the ferry about two miles off the point."},
		{"posted a photo without a message", "The club posted a photo of the new stand on its website."},
		{"an adverbial clause after a cue verb", "In the second act Tregear shouts when he should listen, and the play sags."},
		{"a declaration naming a winner", "The presiding officer declared Tomasz Wren the new mayor shortly after midnight."},
		{"said the same", "The rival bidders said the same about the previous offer last year."},
		{"asked someone to act", "Reyes had asked him on Friday to be left out of the squad."},
		// a reported question is no statement, as every gold leaves it out
		{"a reported question", "One analyst asked how the firm could sell seats on planes that could not fly."},
		{"a reported question with whether", "The chair asked him whether shareholders would be asked to pay."},
		{"papers show is the reporter's reading", "The papers show that 4,000 patients waited more than a year."},
		{"what a hearer is told by a wh-word", "Satellites tell you what has already happened under the ice."},
		// a quotation given as asked that holds a question is no statement,
		// as a reported question is not
		{"a quoted question given as asked", "The ferry stopped in May. “And who feeds the island until June?” the harbourmaster asked."},
		{"asked before a quoted question with a reason after it", "A teacher stood up and asked: “Why close the school now? Our roll has grown every year.”"},
		// "please" opens a request, never a speaker phrase
		{"a request opened by please", "We are short of time. Please say where you are calling from."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if len(got) != 0 {
				t.Errorf("suggestions for %q: %v, want none", tt.text, got)
			}
		})
	}
}

// TestNestedPronounSpeaker: a pronoun speaking inside a quotation stands
// for the person the quoting speaker was talking about, not for her.
func TestNestedPronounSpeaker(t *testing.T) {
	text := "Coach Maria Lind said Ruiz had come to her office on Monday. \"He told me, 'I want to play on Saturday,' and he meant it,\" she said."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == "'I want to play on Saturday,'" {
			if g.canonical != "Ruiz" {
				t.Errorf("inner speaker %q resolves to %q, want Ruiz", g.speaker, g.canonical)
			}
			return
		}
	}
	t.Errorf("no nested statement in %v", got)
}

// TestNestedPronounAfterQuote: when the quoting speaker is a pronoun after
// the quotation, it is resolved first, and the pronoun speaking inside the
// quotation is someone else, under any of the quoting speaker's names.
func TestNestedPronounAfterQuote(t *testing.T) {
	text := "Her sister, Nora Hale, came to the opening. Ada Hale says her sister looked at the stage for a long time.\n\n\u201cThen she said, \u2018It looks smaller than it used to.\u2019 Nothing else,\u201d she says."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == "\u2018It looks smaller than it used to.\u2019" {
			if g.canonical != "Nora Hale" {
				t.Errorf("inner speaker %q resolves to %q, want Nora Hale", g.speaker, g.canonical)
			}
			return
		}
	}
	t.Errorf("no nested statement in %v", got)
}

// TestNestedQuotation: a quotation inside a quotation, with its own frame
// inside, is a statement nested in the outer one with its own speaker.
func TestNestedQuotation(t *testing.T) {
	text := `"Last spring the director told us, 'Nobody will lose a job over this merger,' and we believed him," said union official Petra Lund.`
	got, res := readSuggestions(text)
	want := []suggestion{
		{`"Last spring the director told us, 'Nobody will lose a job over this merger,' and we believed him,"`, "union official Petra Lund", "Petra Lund", "said", "D1", "direct"},
		{`'Nobody will lose a job over this merger,'`, "the director", "director", "told", "D3", "direct"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	ids := map[string]string{}
	runes := []rune(text)
	for _, s := range res.Spans {
		ids[s.ID] = string(runes[s.Start:s.End])
	}
	for _, r := range res.Relations {
		if r.Label == annotate.RelNestedIn && strings.HasPrefix(ids[r.Head], "'Nobody") && strings.HasPrefix(ids[r.Child], `"Last`) {
			return
		}
	}
	t.Errorf("no nested_in from the inner quotation to the outer one: %v", res.Relations)
}

func TestNesting(t *testing.T) {
	text := "Putin on Dec. 7 told Biden that Russian troops did not pose a threat to anyone, Peskov said."
	got, res := readSuggestions(text)
	want := []suggestion{
		{"Putin on Dec. 7 told Biden that Russian troops did not pose a threat to anyone", "Peskov", "Peskov", "said", "I2", "indirect"},
		{"Russian troops did not pose a threat to anyone", "Putin", "Putin", "told", "I1", "indirect"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	ids := map[string]string{}
	runes := []rune(text)
	for _, s := range res.Spans {
		ids[s.ID] = string(runes[s.Start:s.End])
	}
	nested := false
	for _, r := range res.Relations {
		if r.Label == annotate.RelNestedIn && strings.HasPrefix(ids[r.Head], "Russian") && strings.HasPrefix(ids[r.Child], "Putin") {
			nested = true
		}
	}
	if !nested {
		t.Errorf("no nested_in from the inner statement to the outer one: %v", res.Relations)
	}
}

// TestQuestionsNotStatements: a quotation or an interviewer's turn that
// only asks is no statement, nor is a quotation given as asked that holds
// a question; a question put to the speaker's own side and given as said
// argues a point and stays one, and so does a member's question on the
// floor of a transcript.
func TestQuestionsNotStatements(t *testing.T) {
	tests := []struct {
		name, text  string
		asks, keeps []string
	}{
		{"an interviewer's turns that only ask",
			"PRESENTER: Good evening. The ferry to Skellan has not sailed for nine days.\n\nPRESENTER: Moira, begin with the engines. Why did they fail?\n\nMOIRA BANE: Salt in the fuel lines. The yard found it on Tuesday.\n\nPRESENTER: And when will it sail again?\n\nMOIRA BANE: Friday, if the parts arrive.",
			[]string{"Moira, begin with the engines. Why did they fail?", "And when will it sail again?"},
			[]string{"Good evening. The ferry to Skellan has not sailed for nine days.", "Salt in the fuel lines.", "Friday, if the parts arrive."}},
		{"a quoted yes-or-no question with asked",
			"The councillor for Eastgate, Joan Pell, stood up. “Will the leader publish the figures?” she asked. He said the figures were ready.",
			[]string{"Will the leader publish the figures?"}, []string{"the figures were ready"}},
		{"a question in guillemets after a colon",
			"A union delegate, Rui Sarmento, asked: «Who will pay the welders now?» The company has said the wages are safe.",
			[]string{"Who will pay the welders now?"}, []string{"the wages are safe"}},
		{"a question to the speaker's own side, said",
			"The mayor, Lena Sorv, spoke outside the hall. “How can we trust a count that keeps moving?” she said. “We want it done again.”",
			nil, []string{"How can we trust a count that keeps moving?", "We want it done again."}},
		{"a question to the speaker's own side, asked",
			"The mayor, Lena Sorv, spoke outside the hall. “How can we trust a count that keeps moving?” she asked. “We want it done again.”",
			[]string{"How can we trust a count that keeps moving?"}, []string{"We want it done again."}},
		{"a question of one's own side floating after a framed quotation",
			"A carer, Lena Cole, waited at the depot. “I left at six and I still missed my first visit,” she said. “What do I tell the families?”",
			[]string{"What do I tell the families?"}, []string{"I left at six and I still missed my first visit"}},
		{"a frame inside a how-question",
			"The ombudsman wants to know how the water board had explained the new charge to tenants who pay by cheque. The board said the letters went out in May.",
			[]string{"the new charge to tenants"}, []string{"the letters went out in May"}},
		{"a frame inside a why-question set as a subheading",
			"Why Tarnlink says it is closing the depot\n\nThe company said the lease had run out.",
			[]string{"it is closing the depot"}, []string{"the lease had run out"}},
		{"a when-clause still reports",
			"When the treasurer said the accounts were in order, the room went quiet. Nobody argued.",
			nil, []string{"the accounts were in order"}},
		{"how after the frame's cue is not the frame's",
			"The chairman told members how the vote had gone and said the club would appeal.",
			nil, []string{"the club would appeal"}},
		{"a member's question in a transcript",
			"HALLAM: Will the secretary explain why the depot closed a month after she promised it would stay open?\n\nSECRETARY: The depot closed because the lease ended.",
			nil, []string{"Will the secretary explain why the depot closed", "the lease ended"}},
	}
	for _, tt := range tests {
		got, _ := readSuggestions(tt.text)
		for _, q := range tt.asks {
			for _, g := range got {
				if strings.Contains(g.statement, q) {
					t.Errorf("%s: question suggested as a statement: %v", tt.name, g)
				}
			}
		}
		for _, k := range tt.keeps {
			found := false
			for _, g := range got {
				found = found || strings.Contains(g.statement, k)
			}
			if !found {
				t.Errorf("%s: no statement holds %q in %v", tt.name, k, got)
			}
		}
	}
}

// TestStageDirectionEndsTurn: a bracketed line in a transcript ("[AD
// BREAK]") ends the turn above it, and the advertisement read after it is
// nobody's turn.
func TestStageDirectionEndsTurn(t *testing.T) {
	text := "HOST: Thanks for joining us, Pavel.\n\nPAVEL DROZD: The orchard lost half its pears to the hail.\n\nWe will replant in spring.\n\n[AD BREAK]\n\nThis show is brought to you by Greenmoor Seeds, growing since 1921. Use the code PEARS for a free packet.\n\nHOST: What will you plant?\n\nPAVEL DROZD: Cherries, this time."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if strings.Contains(g.statement, "AD BREAK") || strings.Contains(g.statement, "Greenmoor") {
			t.Errorf("suggested as a turn: %v", g)
		}
	}
	for _, k := range []string{"The orchard lost half its pears", "We will replant in spring.", "Cherries, this time."} {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g.statement, k) && strings.EqualFold(g.canonical, "Pavel Drozd")
		}
		if !found {
			t.Errorf("no statement %q by Pavel Drozd in %v", k, got)
		}
	}
}

// TestRelativeClauseCue: "…, which said …" and "…, who told …" report
// what the name before the comma said; "who wrote most of them" reports
// nothing.
func TestRelativeClauseCue(t *testing.T) {
	text := "The farmers sent their complaint to the Marsh Drainage Board, which said it had not received it by Friday. They also wrote to Elsa Brandt, who told them the ditch would be cleared in May. Piotr Lis, who wrote most of the letters, would not comment."
	got, _ := readSuggestions(text)
	want := []struct{ statement, canonical string }{
		{"it had not received it by Friday", "Marsh Drainage Board"},
		{"the ditch would be cleared in May", "Elsa Brandt"},
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g.statement == w.statement && g.canonical == w.canonical
		}
		if !found {
			t.Errorf("no statement %q by %s in %v", w.statement, w.canonical, got)
		}
	}
	for _, g := range got {
		if strings.Contains(g.statement, "most of the letters") {
			t.Errorf("not a statement: %v", g)
		}
	}
}

// TestAppositionWithLowerAbbreviation: a lower-case abbreviation's period
// inside an apposition ("for approx. £2m") does not cut the speaker off
// from the cue.
func TestAppositionWithLowerAbbreviation(t *testing.T) {
	text := "Lena Ruud, 31, who moved to the club in June for a fee of approx. £2m, said she had never played in the rain before."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == "she had never played in the rain before" && g.canonical == "Lena Ruud" {
			return
		}
	}
	t.Errorf("no statement by Lena Ruud in %v", got)
}

// TestQuoteThenLowerRoleApposition: "“…,” ROLE, NAME, said" with a role the
// lexicon does not parse ("its head of policy", "the vice-chancellor") is
// a direct quotation by the name; the role is no part of the statement.
// Near misses: a clause or a capitalised phrase before the name is not a
// role in apposition.
func TestQuoteThenLowerRoleApposition(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a role with of", "The group wants the rule changed. “Nobody reads the small print,” its head of research, Ama Boateng, said.",
			"D2 \"“Nobody reads the small print,”\" by \"Ama Boateng\" (Ama Boateng) cue \"said\" [direct]"},
		{"a hyphenated role", "The college was fined. “We will learn from this,” the vice-provost, Ama Boateng, said.",
			"D2 \"“We will learn from this,”\" by \"Ama Boateng\" (Ama Boateng) cue \"said\" [direct]"},
	}
	for _, tt := range tests {
		got, _ := readSuggestions(tt.text)
		found := false
		for _, g := range got {
			found = found || g.String() == tt.want
		}
		if !found {
			t.Errorf("%s: want %s in %v", tt.name, tt.want, got)
		}
	}
	for _, text := range []string{
		"“Nobody reads the small print,” the group said, Ama Boateng, its chair, told us.",
		"“Nobody reads the small print,” the Tarn Group chair, Ama Boateng, said.",
	} {
		got, _ := readSuggestions(text)
		for _, g := range got {
			if strings.Contains(g.statement, "”") && !strings.HasSuffix(g.statement, "”") && g.pattern == "D2" {
				t.Errorf("%q: a D2 running past the quotation: %v", text, g)
			}
		}
	}
}
