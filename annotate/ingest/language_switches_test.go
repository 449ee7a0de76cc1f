package ingest

import (
	"testing"

	"newsmark/annotate"
)

func TestLanguageSwitchLine(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Darllenwch yn Gymraeg / Read this story in Welsh", junkChrome},
		{"Lire en français | Read in English", junkChrome},
		{"Read this article in Irish", junkChrome},
		{"This story is also available in Spanish", junkChrome},
		{"English | Cymraeg", junkChrome},
		// near misses: headlines and news about languages
		{"Learning to read in Welsh", keep},
		{"Why I chose to read in Irish", keep},
		{"Welsh speakers | Welsh learners", keep},
		{"Read this story in full", keep},
	})
}

func TestLanguageSwitchAboveHeadline(t *testing.T) {
	page := "Culture > Music\n\nLisez en français / Read this story in French\n\n" +
		"Harbour brass band plays its last summer concert\n\n" +
		"The band, founded by dockers in 1911, will play its final concert on the quay on Saturday, its conductor said.\n\n" +
		"About 400 people are expected, and the council will close the quay road for the evening."
	doc, err := Clean("band.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Harbour brass band plays its last summer concert" {
		t.Errorf("headline = %q", got)
	}
}

func TestGermanClockWordInDateLine(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"03.04.2026, 09:15 Uhr | Reading time: 4 min.", junkDate},
		{"17:05 Uhr", junkDate},
		// near misses: a sentence with a clock time is news
		{"Die Sitzung beginnt um 18 Uhr im Rathaus.", keep},
		{"Polls close at 18:00 Uhr, the returning officer said.", keep},
	})
}
