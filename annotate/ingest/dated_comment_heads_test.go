package ingest

import (
	"strings"
	"testing"
)

// TestDatedCommentHead: a comment's handle with a date and clock time,
// alone or with the comment joined after it, is a comment heading; a
// dateline, a timed live-blog entry and a sentence with a date are not.
func TestDatedCommentHead(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"ferry_fan · 3 Mar 2027, 09:15", true},
		{"Sue H. | March 3, 2027 at 9:14 pm Well said, all of it.", true},
		{"OldTowner62 • 03/03/2027 21:40 Who pays for this?", true},
		{"LONDON, 3 Mar 2027, 09:15 - The council said on Monday it would sell the hall.", false},
		{"09:15 · The council leader arrives at the hall.", false},
		{"The hall closed on 3 Mar 2027 at 09:15, the council said.", false},
	} {
		if got := datedCommentHead(tt.line); got != tt.want {
			t.Errorf("datedCommentHead(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	page := "# Lecturers walk out over pay\n\n" +
		strings.Repeat("Lecturers at the college walked out on Monday in a dispute over pay, the union said, and more strike days are planned for March.\n\n", 3) +
		"### 2 comments\n\n**ferry_fan** · 3 Mar 2027, 09:15\nGood luck to them all.\n\n**OldTowner62** · 3 Mar 2027, 10:02\nWho marks the exams now?\n"
	doc, err := Clean("strike.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Good luck") || strings.Contains(doc.Text, "ferry_fan") {
		t.Errorf("comment thread left in:\n%s", doc.Text)
	}
}
