package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestSpeakerSurnameTable checks how a name finds its full form: a person
// named after a street or a place with the same last word wins the
// surname, the first of two surnames (Spanish and Portuguese use) finds
// the three-word name it opens, a one-word name used alone is not its
// product's longer name, and an office's capitalised title gives way to
// the holder named in apposition.
func TestSpeakerSurnameTable(t *testing.T) {
	tests := []speakerCase{
		{name: "a surname shared with a road named first goes to the person",
			text: "Residents of Kiln Road packed the hall on Monday to oppose the depot.\n\nCllr Marion Road, who chairs the group, said the lorries would never fit. “We measured the bend ourselves,” Road said.",
			want: []speakerWant{{"We measured the bend ourselves", "Marion Road"}}},
		{name: "a surname shared with a place named first goes to the person",
			text: "The ferry to Port Ashby was cancelled again on Friday.\n\nThe operator's director, Helen Ashby, said a new hull was on order. Ashby said the crossing would resume in June.",
			want: []speakerWant{{"the crossing would resume in June", "Helen Ashby"}}},
		{name: "the first of two surnames stands for the whole name",
			text: "The mayor of Puerto Azul, Teodoro Villaseñor Paz, toured the flooded market on Sunday.\n\nVillaseñor said stallholders would be paid for lost stock.",
			want: []speakerWant{{"stallholders would be paid for lost stock", "Teodoro Villaseñor Paz"}}},
		{name: "the first of two surnames, with a Portuguese name",
			text: "Dockers in Aveiro stopped work at noon, said their union's leader, Anselmo Tavares Costa.\n\nTavares said the strike would last until Thursday.",
			want: []speakerWant{{"the strike would last until Thursday", "Anselmo Tavares Costa"}}},
		{name: "a name used alone in the body is not the longer name of its product",
			text: "Teachers have asked the homework app Quillo to keep its free tier.\n\nThe tool at issue, Quillo Tutor, marks essays in seconds.\n\nQuillo said on Monday that the free tier would end in March. The company said schools could apply for a discount.",
			want: []speakerWant{{"the free tier would end in March", "Quillo"}, {"schools could apply for a discount", "Quillo"}}},
		{name: "an office's capitalised title before the holder's name in apposition",
			text: "Fishing crews in Brixham tied up their boats on Monday.\n\nIn a reply to the harbour board, the Minister for Coastal Communities, Imogen Pargeter, wrote that the quota would be reviewed in May.",
			want: []speakerWant{{"the quota would be reviewed in May", "Imogen Pargeter"}}},
	}
	checkSpeakerCases(t, "surname table", tests)
}

// TestSpeakerNamedThings checks that names which are no one's keep off
// "he" and "she": a boat, a horse or a pub named in apposition to its
// noun.
func TestSpeakerNamedThings(t *testing.T) {
	tests := []speakerCase{
		{name: "a boat named after its noun is not he",
			text: "At the slipway in Porthkerris, Jago Trewin, 61, a crabber, was bailing out his boat, the Morwenna Rose, with a bucket. “Forty years and I never saw the harbour wall go,” he said.",
			want: []speakerWant{{"Forty years and I never saw the harbour wall go", "Jago Trewin"}}},
		{name: "a horse named after its noun is not she",
			text: "Trainer Bethan Lloyd led out her mare, the Silver Meadow, before the last race. “The ground is too soft for her today,” she said.",
			want: []speakerWant{{"The ground is too soft for her today", "Bethan Lloyd"}}},
	}
	checkSpeakerCases(t, "named things", tests)
}

// TestSpeakerHeadlineShortName checks that a body named by a short form in
// the headline only still takes its full name when the short form speaks
// in the body (the short form used alone in the body is its own name, see
// TestSpeakerSurnameTable).
func TestSpeakerHeadlineShortName(t *testing.T) {
	text := "Harrowby to shut Leeds depot\n\nNinety drivers lose their posts\n\nHarrowby Logistics will close its Leeds depot in June, with the loss of 90 jobs.\n\nHarrowby said it would offer drivers posts in Wakefield."
	doc := &annotate.Document{Text: text, Zones: articleZones(text)}
	res := Suggest(doc, nil, DefaultOptions())
	runes := []rune(text)
	byID := map[string]annotate.Span{}
	for _, sp := range res.Spans {
		byID[sp.ID] = sp
	}
	found := false
	for _, sp := range res.Spans {
		if sp.Label != annotate.LabelStatement || !strings.Contains(string(runes[sp.Start:sp.End]), "offer drivers posts") {
			continue
		}
		for _, rel := range res.Relations {
			if rel.Head == sp.ID && rel.Label == annotate.RelSaidBy {
				found = true
				if c, _ := byID[rel.Child].Attrs["canonical"].(string); c != "Harrowby Logistics" {
					t.Errorf("speaker %q, want Harrowby Logistics", c)
				}
			}
		}
	}
	if !found {
		t.Errorf("no statement with a speaker holds %q", "offer drivers posts")
	}
}

// TestDocumentOnSubjectSpeaker checks that a document named with its
// subject after "on" or "into" speaks as one phrase, a month and an owner
// before its noun included.
func TestDocumentOnSubjectSpeaker(t *testing.T) {
	tests := []speakerCase{
		{name: "an owner's report on a subject, with its month",
			text: "Bus operators were called before councillors on Thursday.\n\nThe panel’s March report on rural buses said fares had risen twice as fast as wages.",
			want: []speakerWant{{"fares had risen twice as fast as wages", "panel’s March report on rural buses"}}},
		{name: "a review into a subject",
			text: "Parents have waited months for a decision.\n\nAn independent review into school transport said the council had ignored its own guidance.",
			want: []speakerWant{{"the council had ignored its own guidance", "independent review into school transport"}}},
	}
	checkSpeakerCases(t, "document on a subject", tests)
}

// TestAccordingToSourceWithRelative checks that "X, according to the
// Danish broadcaster Fjordkanal, which says Y" keeps both statements when the
// source carries a capitalised modifier before its name.
func TestAccordingToSourceWithRelative(t *testing.T) {
	tests := []speakerCase{
		{name: "a source with a nationality before its name, then which says",
			text: "Window news.\n\nHolmvik Athletic want winger Jonas Brandt on loan, according to the Danish broadcaster Fjordkanal, which says the fee would be paid in the summer. Brandt scored nine goals last season.",
			want: []speakerWant{{"Holmvik Athletic want winger Jonas Brandt on loan", "Fjordkanal"}, {"the fee would be paid in the summer", "Fjordkanal"}}},
	}
	checkSpeakerCases(t, "according to with a relative", tests)
}
