package ingest

import (
	"strings"
	"testing"
)

// Issue 12, round 4: the furniture unseen pages carried after the story,
// each rule with lines it must take and lines of news it must leave.

// classifyCases runs classify on each line and compares the kind.
func classifyCases(t *testing.T, tests []struct {
	line string
	want junk
}) {
	t.Helper()
	for _, tt := range tests {
		if got := classify(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestCopyrightFooterAnywhereOnLine(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"The Fenbridge Courier is published by Marlow Regional Press. © 2024", junkTrailer},
		{"All content © Tarn Valley News Ltd 2023", junkTrailer},
		{"The Fenbridge Courier is published by Marlow Regional Press.", keep},
	})
}

func TestCorrectionNote(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Correction, 3 March 2024: An earlier version of this story gave the mayor's age as 52. She is 57.", junkTrailer},
		{"Clarification: This piece has been amended to make clear the bridge is owned by the county.", junkTrailer},
		{"Editor's note: Names of the pupils have been changed.", junkTrailer},
		{"A previous version of this article misspelled the name of the ward.", junkTrailer},
		{"An earlier version of the plan said the road would close in May, the council said.", keep},
		{"Corrections officers walked out on Monday over pay.", keep},
	})
}

func TestColumnScheduleLine(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Priya Vell’s column appears every Thursday.", junkTrailer},
		{"Tom Ardle's gardening notebook returns in spring.", junkTrailer},
		{"Owen Marsh's diary runs on weekdays", junkTrailer},
		{"Priya Vell’s column appeared in 40 papers before she retired, her editor said.", keep},
		{"Priya Vell's sister runs a bakery on Quay Street.", keep},
	})
}

func TestTipLineCallout(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Have you been affected by the closures? Tell us at the newsdesk.", junkChrome},
		{"Do you know more? Get in touch with us in confidence.", junkChrome},
		{"If you have a story, call the news desk on 0161 496 0000.", junkChrome},
		{"Got a story for us? Contact our reporters any time.", junkChrome},
		// appeals for witnesses are news
		{"Anyone with information is asked to call police on 101, quoting log 412.", keep},
		{"If you have information about the crash, contact Tarn Police on 101.", keep},
		{"“If you saw anything, call us,” Sgt Ruth Pell said.", keep},
		{"Did you tell us the whole truth about the harbour budget?", keep},
	})
}

func TestSeriesNote(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"This story is part of Running Dry, our year-long series on the valley's water.", junkChrome},
		{"This article is the third in a series on rural bus routes.", junkChrome},
		{"This investigation is part of a wider inquiry by the county's auditors.", keep},
		{"This story is part of a pattern, the union said.", keep},
	})
}

func TestMediaEmbedLine(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"▶ Listen on Tunebox · Listen on Orbital", junkChrome},
		{"Watch the video on Streamly", junkChrome},
		{"► Play in Kresko | Stream on Hallow", junkChrome},
		{"Listen on repeat is how she describes her teenage years.", keep},
		{"Watch on Saturday as the tall ships leave Portlow.", keep},
	})
}

func TestFactsLineWithInitials(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Crowd: 4,310. Umpire: R. T. Mabb.", junkChrome},
		{"Venue: Calder Road. Referee: J. Oduya. Attendance: 7,004.", junkChrome},
		{"Mr Mabb said: R. T. Mabb is my full name.", keep},
	})
}

// TestFurnitureAfterStory cleans whole pages whose furniture comes after
// the story and checks the body is whole and the furniture kept in
// meta.removed.
func TestFurnitureAfterStory(t *testing.T) {
	tests := []struct {
		name, page, kind string
		body             []string // paragraphs that must stay
		gone             []string // lines that must be removed and kept
	}{
		{
			name: "a box heading in a block of its own with nothing after it but its box",
			kind: KindHTML,
			page: `<html><body><article><h1>Tarn Rangers edge past Colwick</h1>` +
				`<p>Tarn Rangers beat Colwick 1-0 on Saturday with a goal in the last minute from their goalkeeper.</p>` +
				`<p>The manager said the win was the best of his career and that he would buy the goalkeeper a new car.</p>` +
				`<p>Colwick stay bottom of the league with four points from fourteen games this season.</p>` +
				`<section class="box"><h3>Game details</h3><p>Crowd: 2,011. Referee: H. Lund.</p></section></article></body></html>`,
			body: []string{"Colwick stay bottom of the league with four points from fourteen games this season."},
			gone: []string{"Game details", "Crowd: 2,011. Referee: H. Lund."},
		},
		{
			name: "the last item of a list stays though only furniture follows it",
			kind: KindMarkdown,
			page: "# What the harbour board agreed\n\nThe harbour board met on Tuesday night and agreed to spend its reserve on three things.\n\n" +
				"The chair said the list was short because the money was short.\n\n- A new pontoon\n- Dredging the inner basin\n- Bird netting\n\nShare this story\n",
			body: []string{"Bird netting"},
			gone: []string{"Share this story"},
		},
		{
			name: "a subheading followed by text stays",
			kind: KindText,
			page: "Tarn Rangers edge past Colwick\n\nTarn Rangers beat Colwick 1-0 on Saturday with a late goal.\n\n" +
				"The manager said the win was the best of his career.\n\nWhat comes next\n\nRangers play Holt away on Tuesday night.\n",
			body: []string{"What comes next", "Rangers play Holt away on Tuesday night."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page."+tt.kind, []byte(tt.page), tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, b := range tt.body {
				if !containsString(paras, b) {
					t.Errorf("paragraph %q lost:\n%s", b, doc.Text)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) {
					t.Errorf("furniture %q left:\n%s", g, doc.Text)
				}
				if !containsString(doc.Meta.Removed, g) {
					t.Errorf("furniture %q not in meta.removed %q", g, doc.Meta.Removed)
				}
			}
		})
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestMarkdownFootnotes(t *testing.T) {
	tests := []struct {
		name    string
		page    string
		text    string
		removed []string // footnotes kept in meta.removed
	}{
		{
			name: "markers glued to sentence ends, definitions below",
			page: "# Quarry permit was renewed without a survey\n\nThe permit was renewed in June.[^1] The county says it followed the rules.[^why]\n\n" +
				"[^1]: The renewal notice runs to two pages.\n[^why]: The county's planning code, section 4.\n",
			text:    "Quarry permit was renewed without a survey\n\nThe permit was renewed in June. The county says it followed the rules.",
			removed: []string{"The renewal notice runs to two pages.", "The county's planning code, section 4."},
		},
		{
			name: "a definition over several lines, indented and lazy",
			page: "# Quarry permit was renewed without a survey\n\nThe permit was renewed in June.[^1]\n\n" +
				"[^1]: The renewal notice\nruns to two pages.\n\n    It was signed by the clerk.\n\nThe quarry employs 40 people.\n",
			text:    "Quarry permit was renewed without a survey\n\nThe permit was renewed in June.\n\nThe quarry employs 40 people.",
			removed: []string{"The renewal notice runs to two pages. It was signed by the clerk."},
		},
		{
			// a code block is furniture (markdown_code_blocks.go): its line
			// is removed as it stands, not read as a footnote
			name:    "a marker with no definition stays, a definition in a code block is no footnote",
			page:    "# How to write a footnote\n\nWrite [^1] where the note goes.\n\n```\n[^1]: the note\n```\n",
			text:    "How to write a footnote\n\nWrite [^1] where the note goes.",
			removed: []string{"[^1]: the note"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("notes.md", []byte(tt.page), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("text:\n%q\nwant:\n%q", doc.Text, tt.text)
			}
			for _, r := range tt.removed {
				if !containsString(doc.Meta.Removed, r) {
					t.Errorf("footnote %q not in meta.removed %q", r, doc.Meta.Removed)
				}
			}
		})
	}
}

func TestCaptionsKeptInRemoved(t *testing.T) {
	tests := []struct {
		name, page, kind string
		removed          []string // exact entries of meta.removed
		text             string   // the body that stays
	}{
		{
			name: "caption and credit on one line of a text page: the line as printed",
			kind: KindText,
			page: "Lifeboat crew rescue two from Skerry Point\n\nBy Ann Vell\n\n" +
				"The lifeboat leaving the harbour at dawn. Picture: Portlow Gazette\n\n" +
				"Two walkers were rescued from Skerry Point on Sunday after the tide cut them off.\n",
			removed: []string{"The lifeboat leaving the harbour at dawn. Picture: Portlow Gazette"},
			text:    "Two walkers were rescued from Skerry Point on Sunday after the tide cut them off.",
		},
		{
			name: "Markdown image with its italic caption under it: alt text and caption",
			kind: KindMarkdown,
			page: "# Lifeboat crew rescue two from Skerry Point\n\n" +
				"![The lifeboat at Portlow harbour](/img/boat.jpg)\n*The lifeboat leaving at dawn. Photograph: Jo Tarr for the Gazette*\n\n" +
				"Two walkers were rescued from Skerry Point on Sunday after the tide cut them off.\n",
			removed: []string{"The lifeboat at Portlow harbour", "The lifeboat leaving at dawn. Photograph: Jo Tarr for the Gazette"},
			text:    "Two walkers were rescued from Skerry Point on Sunday after the tide cut them off.",
		},
		{
			name: "an image inside a sentence: the sentence stays, the alt text is kept",
			kind: KindMarkdown,
			page: "# Lifeboat crew rescue two from Skerry Point\n\n" +
				"Two walkers ![map pin](/pin.png) were rescued from Skerry Point on Sunday.\n",
			removed: []string{"map pin"},
			text:    "were rescued from Skerry Point on Sunday.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page."+tt.kind, []byte(tt.page), tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range tt.removed {
				if !containsString(doc.Meta.Removed, r) {
					t.Errorf("caption %q not in meta.removed %q", r, doc.Meta.Removed)
				}
			}
			if !strings.HasSuffix(doc.Text, tt.text) {
				t.Errorf("text:\n%s\nwant it to end with %q", doc.Text, tt.text)
			}
		})
	}
}

func TestMarkdownItalicEndNotes(t *testing.T) {
	story := "# Harbour choir records its first album\n\n" +
		"The Portlow harbour choir has recorded its first album in a disused net loft by the quay.\n\n" +
		"The choir's forty members, most of them retired fishermen, sang every track in a single take.\n\n" +
		"Its conductor, Mared Tull, said the loft's wooden walls gave the voices a warmth no studio could match.\n\n" +
		"The recording took three weekends and cost less than the choir's annual coach trip to the festival.\n\n"
	tests := []struct {
		name   string
		end    string
		gone   []string
		stayed []string
	}{
		{
			name: "an italic end note and a bold one go",
			end:  "*Net Loft Songs is out now on Quayside Records. The choir sings at Portlow church on 3 May.*\n\n**Additional research by Ffion Dee**\n",
			gone: []string{"Net Loft Songs is out now on Quayside Records. The choir sings at Portlow church on 3 May.", "Additional research by Ffion Dee"},
		},
		{
			name:   "an italic reported statement at the end stays",
			end:    "*“We will sing until the loft falls down,” Mared Tull said.*\n",
			stayed: []string{"“We will sing until the loft falls down,” Mared Tull said."},
		},
		{
			name:   "an italic paragraph followed by the story's last paragraph stays",
			end:    "*The choir's oldest member is 91.*\n\nThe album will be sold at the harbour office.\n",
			stayed: []string{"The choir's oldest member is 91.", "The album will be sold at the harbour office."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("choir.md", []byte(story+tt.end), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			if !containsString(paras, "The recording took three weekends and cost less than the choir's annual coach trip to the festival.") {
				t.Errorf("body lost:\n%s", doc.Text)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) || !containsString(doc.Meta.Removed, g) {
					t.Errorf("end note %q left or not kept; text:\n%s\nremoved %q", g, doc.Text, doc.Meta.Removed)
				}
			}
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}

func TestReaderCommentsSection(t *testing.T) {
	story := "Ferry timetable cut to two sailings a day\n\nBy Ann Vell\n\n" +
		"The ferry between Portlow and Skerry will sail twice a day from March, down from five, the operator said on Monday.\n\n" +
		"Islanders said the cut would leave pupils at the mainland school with no way home after clubs finish.\n\n" +
		"The operator said it had lost two of its four crews and could not recruit engineers on the island.\n\n"
	tests := []struct {
		name   string
		after  string
		gone   []string // furniture removed and kept in meta.removed
		stayed []string // paragraphs that must stay
	}{
		{
			name: "a count heading, handles with ages, comment bodies and controls, a footer",
			after: "14 comments\n\nSign in to comment\nSort by: Oldest\n\nskerry_mo · 2 hours ago\n" +
				"The boat was late every day last winter anyway. Nobody on the island will be surprised by this.\nReply · Report\n\n" +
				"Dai P | 1d ago\nMy daughter misses her football practice already.\nLike (3) · Reply\n\nShow more comments\n",
			gone: []string{"14 comments", "Sign in to comment", "skerry_mo · 2 hours ago",
				"The boat was late every day last winter anyway. Nobody on the island will be surprised by this.",
				"Reply · Report", "My daughter misses her football practice already.", "Show more comments"},
		},
		{
			name:   "a heading about a consultation's responses, with no comment under it, stays",
			after:  "Responses\n\nThe council received 412 responses to its consultation, most of them against the cut.\n\nReply slips were sent to every household on the island.\n",
			stayed: []string{"Responses", "The council received 412 responses to its consultation, most of them against the cut."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("ferry.txt", []byte(story+tt.after), KindText)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			if !containsString(paras, "The operator said it had lost two of its four crews and could not recruit engineers on the island.") {
				t.Errorf("story lost:\n%s", doc.Text)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) || !containsString(doc.Meta.Removed, g) {
					t.Errorf("%q left or not kept; text:\n%s\nremoved %q", g, doc.Text, doc.Meta.Removed)
				}
			}
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}

func TestCommentLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"quay_runner · 5 hours ago", true},
		{"Mari Tull | yesterday", true},
		{"Reply · Report", true},
		{"Like (12) | Reply | Share", true},
		{"Reply", true},
		{"The reply came three hours ago.", false},
		{"Portlow · Skerry · Holm", false},
	}
	for _, tt := range tests {
		if got := commentLine(tt.line); got != tt.want {
			t.Errorf("commentLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
