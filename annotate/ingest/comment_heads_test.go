package ingest

import "testing"

func TestCommentHead(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Jan W. · 2 hours ago Good on the admin for locking it.", true},
		{"harbour_kate | 3 days ago Same thing happened on our street last year.", true},
		{"Tomasz K. - yesterday The bins were full again this morning.", true},
		{"Mo · just now Nobody asked the farm, did they?", true},
		// a sentence that says when something happened is no comment
		{"The council met two hours ago and voted to close the car park.", false},
		{"Residents said the vans arrived 2 days ago and had not moved since.", false},
		{"Posted - 3 hours ago by the parish clerk, the notice was taken down at noon.", false},
	}
	for _, tt := range tests {
		if got := commentHead(tt.line); got != tt.want {
			t.Errorf("commentHead(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A comment thread whose heading is followed by comments with their name
// and age joined to their text goes; a story paragraph saying when a
// thing happened does not make a thread.
func TestRemoveCommentsJoinedHeads(t *testing.T) {
	story := []string{
		"A row over parking on the village green has split the village's biggest online group this week.",
		"The group's administrator said he had locked comments after more than 400 replies in two days.",
		"The district council said its parking team would visit the green later this week to look at signs.",
	}
	run := func(tail []string) []junk {
		lines := append(append([]string{}, story...), tail...)
		units, kinds, removed, wc := linesInBlocks(lines)
		removeComments(units, kinds, removed, wc)
		return kinds[len(story):]
	}
	gone := run([]string{"Comments (12)", "Jan W. · 2 hours ago Good on him for locking it.", "RichardP · 1 hour ago Nothing will happen."})
	for i, k := range gone {
		if k == keep {
			t.Errorf("comment line %d kept", i)
		}
	}
	kept := run([]string{"Comments", "The council met 2 hours ago and voted to close the car park.", "Residents said the vans arrived 2 days ago."})
	for i, k := range kept {
		if i > 0 && k != keep {
			t.Errorf("story line %d removed", i)
		}
	}
}
