package ingest

import (
	"strings"
	"testing"
)

// Notes under hearing and meeting summaries that they are no official
// record, in wordings no fixture uses; near-misses are story text.

func TestNotARecordNote(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"This summary is not a transcript and is not evidence. The official transcript is published at the end of each hearing day.", true},
		{"This report is not a verbatim record of the proceedings.", true},
		{"This account is not an official record of the meeting. Minutes are approved by the council a month later.", true},
		{"This write-up is not a full record, nor does it form part of the official record.", true},
		// near-misses: a claim argued or reported, a record quoted, prose about transcripts
		{"This summary is not a transcript, lawyers for the families argued, and it leaves out the worst of the evidence.", false},
		{"This report is not a record of everything the committee heard, the chair said.", false},
		{"This account is not the official record, “and it never will be,” one councillor wrote.", false},
		{"The summary is not a transcript and is not evidence.", false},
		{"This summary is not a transcript. The families have asked for the full transcript of every hearing day to be published online within the hour and sent to them by post.", false},
	}
	for _, tt := range tests {
		lower := strings.ToLower(tt.para)
		if got := notARecordNote(tt.para, lower, wordCount(tt.para)); got != tt.want {
			t.Errorf("notARecordNote(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

func TestNotARecordNoteRemoved(t *testing.T) {
	page := `<html><body><article><h1>Day 12: ferry inquiry hears from harbour master</h1>
<p>The harbour master told the inquiry on Tuesday that the ferry had left port with a fault on its bow door.</p>
<p>“We flagged it twice,” he said.</p>
<p>The hearing resumes on Thursday.</p>
<p><em>This summary is not a full record of the hearing. The official record is published each evening.</em></p>
</article></body></html>`
	doc, err := Clean("day12.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"This summary is not a full record of the hearing. The official record is published each evening."})
	if !strings.HasSuffix(strings.TrimSpace(doc.Text), "The hearing resumes on Thursday.") {
		t.Errorf("story's end lost or note left:\n%s", doc.Text)
	}
}
