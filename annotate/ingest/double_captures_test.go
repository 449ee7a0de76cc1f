package ingest

import (
	"strings"
	"testing"
)

// captureStory is an invented story of seven paragraphs under a headline
// and a dek.
var captureStory = []string{
	"Harwick ferry to stop night crossings while its ramp is rebuilt",
	"The county says the work will take until the autumn and cost more than expected",
	"The night ferry between Harwick and Sella Point will stop running from next week while the landing ramp is rebuilt, the county council said on Friday.",
	"Engineers found cracks in the concrete of the ramp after a lorry lost a wheel on it in March, the council said in a statement to the harbour board.",
	"“We cannot keep a crossing open on a ramp we do not trust, and we will not,” said Ines Maddock, who chairs the transport committee.",
	"Day crossings will carry on as normal, but the last boat will leave Sella Point at seven in the evening instead of half past eleven.",
	"Shift workers at the hospital on the island said the change would leave them without a way home after late shifts through the whole summer.",
	"“Half of the night staff live on the mainland. Nobody asked us how we are meant to get back,” said nurse Oren Kettle.",
	"The council said it was talking to a bus company about a late service round the bay while the ramp is closed to traffic.",
}

func joinParas(ps ...string) string { return strings.Join(ps, "\n\n") }

func TestDoubleCapture(t *testing.T) {
	desktop := joinParas(append(append([]string{"THE BAY HERALD", "Home | News | Sport | Jobs", "By Lise Orrin | 4 April 2027"}, captureStory...),
		"Share this article: Facebook | X | Email", "MOST READ", "1. Pier café wins award", "2. Tide times for the week")...)
	// the mobile copy: straight quotes, its own furniture and an advert between two paragraphs
	mobile := make([]string, 0, len(captureStory)+4)
	mobile = append(mobile, "≡ Menu  THE BAY HERALD  Search", "LOCAL")
	for i, p := range captureStory {
		mobile = append(mobile, strings.NewReplacer("“", "\"", "”", "\"").Replace(p))
		if i == 4 {
			mobile = append(mobile, "Advertisement")
		}
	}
	mobile = append(mobile, "Back to top", "View full site")
	tests := []struct {
		name string
		page string
	}{
		{"rule and marker between the copies", desktop + "\n\n=========================\n[MOBILE]\n" + joinParas(mobile...)},
		{"no rule between the copies", desktop + "\n\n" + joinParas(mobile...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("ferry.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range captureStory[2:] {
				if n := strings.Count(doc.Text, p); n != 1 {
					t.Errorf("%q kept %d times, want once", p[:30], n)
				}
			}
			if strings.Contains(doc.Text, "\"We cannot keep") || strings.Contains(doc.Text, "Menu") || strings.Contains(doc.Text, "LOCAL") {
				t.Errorf("second copy left in the text:\n%s", doc.Text)
			}
			for _, want := range []string{"≡ Menu  THE BAY HERALD  Search", "LOCAL", "View full site"} {
				found := false
				for _, r := range doc.Meta.Removed {
					found = found || r == want
				}
				if !found {
					t.Errorf("%q not in meta.removed %q", want, doc.Meta.Removed)
				}
			}
		})
	}
}

// Near-misses: a page that repeats a quote, a few paragraphs in a summary
// box, a sentence in every entry of a live page, or a statement quoted in
// the story and then given in full keeps everything it repeats.
func TestDoubleCaptureNearMisses(t *testing.T) {
	long := append([]string{}, captureStory...)
	long = append(long,
		"The harbour board will meet on Tuesday to decide whether to hire a second boat for the summer months while the work goes on.",
		"Residents of Sella Point have started a petition asking for a later last crossing on Fridays and Saturdays at the very least.",
		"The ferry company said it would refund season tickets bought for night crossings to anyone who asked for their money back.",
		"The ramp was built in 1971 and was last repaired in 2009, when a storm washed away part of the sea wall beside the landing.",
		"A spokesperson for the hospital trust said it was looking at whether staff could be put up on the island after late shifts.",
		"The council said it expected the new ramp to open in October, a month later than it first said when the work was planned.",
		"Councillors will be asked next month to approve an extra two hundred thousand pounds for the work on the new ramp.",
	)
	summary := append(append([]string{}, captureStory...), "KEY POINTS", captureStory[2], captureStory[5], captureStory[8])
	pull := append(append([]string{}, captureStory[:5]...), captureStory[4])
	pull = append(pull, captureStory[5:]...)
	var live []string
	for i, p := range captureStory[2:] {
		live = append(live, "10:"+string(rune('0'+i))+"5", p+" Updates to follow on this page.")
	}
	full := append(append([]string{}, long...), "Full text of the council’s statement",
		captureStory[2], captureStory[3], captureStory[5], captureStory[6], captureStory[8])
	tests := []struct {
		name  string
		paras []string
	}{
		{"summary box repeats three paragraphs", summary},
		{"pull quote", pull},
		{"live entries share a sentence", live},
		{"statement quoted then given in full", full},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var u []unit
			for i, p := range tt.paras {
				u = append(u, unit{text: p, block: i})
			}
			kinds := make([]junk, len(u))
			removed := make([][]string, len(u))
			wc := make([]int, len(u))
			for i := range u {
				wc[i] = wordCount(u[i].text)
			}
			removeDoubleCapture(u, kinds, removed, wc)
			for i, k := range kinds {
				if k != keep {
					t.Errorf("removed %q", u[i].text)
				}
			}
		})
	}
}
