package ingest

import (
	"strings"
	"testing"
)

// Podcast show-notes, warning-box and line-up furniture, in wordings no
// fixture uses, each beside a story line that shares a feature.

func TestSponsorMessageExcerptNoteAndLineupLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Sponsored message: Today’s show is brought to you by Quarrow Insurance. Cover that keeps up with you; terms apply.", junkChrome},
		{"A message from our sponsor — Pellbright Tea, brewed slowly since 1911.", junkChrome},
		{"Sponsored messages on the app were banned in June, the regulator said.", keep},
		{"This extract has been edited for length and clarity.", junkTrailer},
		{"The exchange below has been condensed.", junkTrailer},
		{"The extract has been edited for length, the judge was told, and its author objects.", keep},
		{"Varga; Holt, Denning, Osei, Price; Moreau, Kell (Abara 71'), Ruiz; Lind, Toft, Bakker.", junkChrome},
		{"Varga, Holt and Denning scored; Osei, Price and Moreau missed; Kell did not take one.", keep},
	})
}

func TestPodcastShowNotesBoxes(t *testing.T) {
	page := "# Episode 52: The ferry that never came\n\n" +
		"*Islanders wait for a new boat, and the council explains the delay.*\n\n" +
		"Sponsored message: This episode is supported by Tarnby Outdoor. Waterproofs for every coast; see tarnby.example.\n\n" +
		blogBody +
		"## In this episode\n\n" +
		"- **Ines Marlow** — harbourmaster, Holnstead\n" +
		"- **Dr Kofi Brandt** — naval architect, Westhaven College\n\n" +
		"## Chapters\n\n" +
		"- [00:00] Welcome\n" +
		"- [03:40] Why the hull failed its test\n" +
		"- [11:05] What islanders say\n\n" +
		"## From the transcript\n\n" +
		"*This excerpt has been edited for length and clarity.*\n\n" +
		"**HOST:** When will the boat arrive?\n\n" +
		"**INES MARLOW:** Not before the spring, and I have told the council so twice.\n\n" +
		"**HOST:** Is that good enough?\n"
	doc, err := Clean("episode.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Sponsored message: This episode is supported by Tarnby Outdoor. Waterproofs for every coast; see tarnby.example.",
		"Ines Marlow — harbourmaster, Holnstead", "Dr Kofi Brandt — naval architect, Westhaven College",
		"Chapters", "[00:00] Welcome", "[03:40] Why the hull failed its test", "[11:05] What islanders say",
		"From the transcript", "This excerpt has been edited for length and clarity.",
	})
	for _, s := range []string{"Not before the spring, and I have told the council so twice.", "Her brother, Piet Velde, runs the smokehouse"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story line %q lost:\n%s", s, doc.Text)
		}
	}
}

func TestPodcastNearMissesStay(t *testing.T) {
	// one name-and-dash sentence, timed transcript turns, a times list out
	// of order, and "From the transcript" over prose are the story's
	page := "# The ferry that never came\n\n" + blogBody +
		"Ines Marlow — harbourmaster at Holnstead for twenty years — said the delay was the longest she had known.\n\n" +
		"[00:12] HOST: When will the boat arrive?\n\n" +
		"[00:20] INES MARLOW: Not before the spring.\n\n" +
		"[00:31] HOST: Is that good enough?\n\n" +
		"## From the transcript\n\n" +
		"The council’s own notes of the meeting show the delay was known in March, months before islanders were told.\n"
	doc, err := Clean("episode.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	// the timed turns are a transcript, not a chapter list: each turn stays,
	// its running time going as a broadcast transcript's do
	// (timed_transcripts_test.go)
	for _, s := range []string{"harbourmaster at Holnstead for twenty years", "INES MARLOW: Not before the spring.",
		"From the transcript", "The council’s own notes of the meeting"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story line %q lost:\n%s", s, doc.Text)
		}
	}
}

const warningStory = "Gales close the bridge to Holnstead\n\n" +
	"By Ana Kerr\n\n" +
	"The bridge to Holnstead will close from dawn on Sunday as gales of up to 70mph cross the coast, the forecaster said on Saturday, and ferries will stay in port.\n\n" +
	"The harbourmaster said boats had been moved to the inner dock and that the slipway would be shut until the winds dropped.\n\n"

func TestWarningBoxImpactsGoUnderTheirTitle(t *testing.T) {
	page := warningStory +
		"⚠️ RED WARNING: Wind · Valid 04:00 Sun – 14:00 Sun\n" +
		"What to expect:\n" +
		"• Roofs may be damaged and trees brought down\n" +
		"• Travel is likely to be disrupted\n" +
		"• Power cuts are likely\n\n" +
		"A forecaster said the worst of it would pass by the afternoon and that people should stay indoors until then.\n"
	doc, err := Clean("storm.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"What to expect:", "• Roofs may be damaged and trees brought down", "• Power cuts are likely"})
	if !strings.Contains(doc.Text, "the worst of it would pass") {
		t.Errorf("story paragraph lost:\n%s", doc.Text)
	}
}

func TestWhatToExpectListWithoutWarningStays(t *testing.T) {
	page := warningStory +
		"What to expect:\n" +
		"• The bridge reopens once engineers have checked it\n" +
		"• Ferries resume on Monday\n\n" +
		"A forecaster said the worst of it would pass by the afternoon and that people should stay indoors until then.\n"
	doc, err := Clean("storm.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"The bridge reopens once engineers have checked it", "Ferries resume on Monday"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story line %q lost:\n%s", s, doc.Text)
		}
	}
}

func TestLineupBoxTakesTeamNames(t *testing.T) {
	page := "<html><body><article><h1>Toft double takes Holnstead through</h1>" +
		"<p>Holnstead Athletic reached the last eight with a 2-0 win over Westhaven United on Saturday, Lars Toft scoring twice in the second half.</p>" +
		"<p>“We were patient and it paid off,” the Holnstead manager, Rhian Cole, said afterwards. “The lads never stopped running.”</p>" +
		"<p>Westhaven had the better of the first half but could not find a way past the goalkeeper, Varga, who made three fine saves.</p>" +
		"<section><h2>Line-ups</h2><h3>Holnstead Athletic</h3>" +
		"<p>Varga; Holt, Denning, Osei, Price; Moreau, Kell (Abara 71'), Ruiz; Lind, Toft, Bakker.</p>" +
		"<h3>Westhaven United</h3>" +
		"<p>Quist; Rowe, Adey, Lomax, Finn; Sorell, Dahl, Pryce (Ives 64'); Hale, Moss, Grint.</p></section>" +
		"</article></body></html>"
	doc, err := Clean("match.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	// the team names are in the story too: the box's copies go
	assertFurnitureRemoved(t, doc, []string{"Varga; Holt, Denning, Osei, Price; Moreau, Kell (Abara 71'), Ruiz; Lind, Toft, Bakker."})
	for _, s := range []string{"Holnstead Athletic", "Westhaven United"} {
		if !containsString(doc.Meta.Removed, s) {
			t.Errorf("team name %q not in meta.removed %q", s, doc.Meta.Removed)
		}
	}
	if strings.Contains(doc.Text, "\n\nHolnstead Athletic\n") {
		t.Errorf("team name left on its own line:\n%s", doc.Text)
	}
	if !strings.Contains(doc.Text, "could not find a way past the goalkeeper") {
		t.Errorf("story paragraph lost:\n%s", doc.Text)
	}
}

func TestNotesForEditorsEndMatter(t *testing.T) {
	page := "Holnstead study finds sea walls slow erosion\n\n" +
		"Sea walls built in the 1990s have halved erosion on the Holnstead coast, a study by the University of Westhaven has found, though they have moved the problem further along the shore.\n\n" +
		"The team compared aerial photographs taken every five years since 1985 with laser surveys made from a drone last summer.\n\n" +
		"“The walls work, but the sand they hold back has to come from somewhere,” said the lead author, Dr Mira Sand.\n\n" +
		"Notes for editors\n\n" +
		"1. The paper is published in Coastal Letters on 4 May.\n\n" +
		"2. Dr Sand is available for interview.\n"
	doc, err := Clean("release.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Notes for editors", "2. Dr Sand is available for interview."})
}
