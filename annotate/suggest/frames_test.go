package suggest

import (
	"fmt"
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestMoreFrames: frames of reported speech beyond a single cue verb, and
// quotations standing where the older patterns did not look for them.
func TestMoreFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"put it to a hearer that", "Mr Doyle put it to the inspector that the log had been rewritten.",
			[]suggestion{{"the log had been rewritten", "Mr Doyle", "Doyle", "put it to", "I1", "indirect"}}},
		{"emailed to say without that", "A spokeswoman for Fenwick Rail emailed on Friday to say the line would reopen “as soon as it is safe”.",
			[]suggestion{{"the line would reopen “as soon as it is safe”", "A spokeswoman for Fenwick Rail", "spokeswoman for Fenwick Rail", "emailed", "I1", "mixed"}}},
		{"a relative clause with that running to the end", "We also asked the harbour master, Ines Caldwell, who stressed that the berth was still open.",
			[]suggestion{{"the berth was still open", "Ines Caldwell", "Ines Caldwell", "stressed", "I1", "indirect"}}},
		{"according to a source that also said", "Three boats sank, according to the coastguard, which said in a separate update that one skipper was missing.",
			[]suggestion{
				{"Three boats sank", "the coastguard", "coastguard", "according to", "A1", "indirect"},
				{"one skipper was missing", "the coastguard", "coastguard", "said in a separate update", "I1", "indirect"},
			}},
		{"a quotation after a cue and a hearer, then and", "Her landlord told her, “The boiler will be fixed by Friday,” and she believed him.",
			[]suggestion{{"“The boiler will be fixed by Friday,”", "Her landlord", "landlord", "told", "D3", "direct"}}},
		{"a short second half after its frame takes the cue", "“We asked for a crossing ten years ago,” he said. “Still waiting.”",
			[]suggestion{
				{"“We asked for a crossing ten years ago,”", "he", "", "said", "D2", "direct"},
				{"“Still waiting.”", "he", "", "said", "F", "direct"},
			}},
		{"a short second half after a frame with an apposition, the comma after the marks", "„We asked for a crossing in 2015”, said Ewa Nowak, who runs the shop. „Still waiting.”",
			[]suggestion{
				{"„We asked for a crossing in 2015”", "Ewa Nowak", "Ewa Nowak", "said", "D1", "direct"},
				{"„Still waiting.”", "Ewa Nowak", "Ewa Nowak", "said", "F", "direct"},
			}},
		{"a second half in the next paragraph takes no cue", "“We asked for a crossing ten years ago,” he said. “We are still waiting for it.”\n\n“Nobody from the council has been back since the spring.”",
			[]suggestion{
				{"“We asked for a crossing ten years ago,”", "he", "", "said", "D2", "direct"},
				{"“We are still waiting for it.”", "he", "", "said", "F", "direct"},
				{"“Nobody from the council has been back since the spring.”", "he", "", "", "F", "direct"},
			}},
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

// TestInnerQuotationAfterAdverb: an inner quotation whose frame has an
// adverb between the speaker and the cue, and single marks that hold
// apostrophes, is still the inner speaker's.
func TestInnerQuotationAfterAdverb(t *testing.T) {
	got, _ := readSuggestions("“I was in tears. My grandmother just said, ‘It's only a window, it's not us,’ and went back to bed,” Lena Novak said.")
	want := []suggestion{
		{"“I was in tears. My grandmother just said, ‘It's only a window, it's not us,’ and went back to bed,”", "Lena Novak", "Lena Novak", "said", "D2", "direct"},
		{"‘It's only a window, it's not us,’", "My grandmother", "grandmother", "said", "D3", "direct"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// TestUnknownRoleOfPlace: a postposed speaker whose noun the role lexicon
// does not know, linked to a named place, still frames the statement, and
// the whole phrase is the speaker mention.
func TestUnknownRoleOfPlace(t *testing.T) {
	got, _ := readSuggestions("The ferry to the mainland will run again from Monday, the bailiff of Guernsey said on Friday.")
	if len(got) != 1 || got[0].statement != "The ferry to the mainland will run again from Monday" || got[0].speaker != "the bailiff of Guernsey" || got[0].cue != "said" {
		t.Errorf("got %v", got)
	}
}

// A quotation that runs over paragraphs, each reopened with a mark, is one
// statement a paragraph, all said by the speaker, the cue on the first
// (guidelines, edge cases); a nested quotation nests in its own paragraph's
// piece.
func TestQuotationOverParagraphsIsOneStatementAParagraph(t *testing.T) {
	text := "“The pumps were never the problem,” said Ruth Okafor, who chairs the drainage board. “The problem was the money.\n\n" +
		"“Every winter we asked for it. My father just said, ‘This bank will go,’ and went back to bed.\n\n" +
		"“Now they are listening.”"
	got, res := readSuggestions(text)
	var pieces []string
	for _, s := range got {
		if s.speaker != "Ruth Okafor" {
			continue
		}
		pieces = append(pieces, s.statement)
		if strings.Contains(s.statement, "\n") {
			t.Errorf("a statement holds a paragraph break: %q", s.statement)
		}
	}
	want := []string{
		"“The pumps were never the problem,”",
		"“The problem was the money.",
		"“Every winter we asked for it. My father just said, ‘This bank will go,’ and went back to bed.",
		"“Now they are listening.”",
	}
	if fmt.Sprint(pieces) != fmt.Sprint(want) {
		t.Fatalf("statements by Ruth Okafor:\n got %q\nwant %q", pieces, want)
	}
	cues := 0
	for _, s := range got {
		if s.speaker == "Ruth Okafor" && s.cue != "" {
			cues++
		}
	}
	if cues > 3 {
		t.Errorf("%d of the pieces carry a cue; the continuation paragraphs carry none", cues)
	}
	// The nested quotation sits in the second paragraph's piece.
	byID := map[string]annotate.Span{}
	for _, sp := range res.Spans {
		byID[sp.ID] = sp
	}
	nested := 0
	for _, r := range res.Relations {
		if r.Label != annotate.RelNestedIn {
			continue
		}
		nested++
		inner, outer := byID[r.Head], byID[r.Child]
		if outer.Start > inner.Start || inner.End > outer.End {
			t.Errorf("nested statement %d–%d not inside its outer piece %d–%d", inner.Start, inner.End, outer.Start, outer.End)
		}
	}
	if nested != 1 {
		t.Errorf("%d nested_in links, want 1", nested)
	}
}
