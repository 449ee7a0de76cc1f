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

// A comment thread the page prints with no heading (or whose heading the
// extractor dropped): it opens on the first comment's own name-and-age or
// name-and-date line, with "Reply Report ▲ 7" controls under each comment.
// It goes from that line to the end. A live page's entries stamped "desk ·
// 2 hours ago" with no controls, and controls with no comment head, stay.
func TestRemoveCommentsWithoutHeading(t *testing.T) {
	story := []string{
		"The ferry company has cut the winter timetable to two sailings a day, blaming a shortage of engineers.",
		"Islanders who commute to the mainland say the first boat now leaves too late for them to reach work on time.",
		"The company said it hoped to restore the early sailing by March if two new engineers could be hired.",
	}
	run := func(tail []string) []junk {
		lines := append(append([]string{}, story...), tail...)
		units, kinds, removed, wc := linesInBlocks(lines)
		removeComments(units, kinds, removed, wc)
		return kinds[len(story):]
	}
	for _, thread := range [][]string{
		{"skerry_jo · 3 hours ago", "Two sailings a day is no service at all.", "Reply Report ▲ 7",
			"Old Pier Tam · 1 hour ago", "They said March last year too.", "Reply Report ▲ 2"},
		{"kelp99 · 4 Dec 2027, 08:15", "Same every winter.", "Reply · Report · Like (3)",
			"MairiB · 4 Dec 2027, 09:40", "Blame the owners, not the engineers."},
		{"anon_islander · 2h", "Great reporting.", "Reply Share 👍 12", "Fi · 5h", "Agreed."},
	} {
		for i, k := range run(thread) {
			if k == keep {
				t.Errorf("comment line %q kept", thread[i])
			}
		}
	}
	for _, tail := range [][]string{
		// a live page's stamped entries: heads, but no comment controls
		{"Island desk · 2 hours ago", "The first boat left at 9.10am, forty minutes late.", "Island desk · 3 hours ago", "Passengers queued in the rain."},
		// a comment head alone, with no second comment after it
		{"skerry_jo · 3 hours ago", "Two sailings a day is no service at all.", "Reply Report ▲ 7"},
		// controls and story lines, no comment head first
		{"The company's chief executive will meet islanders on Friday.", "Reply Report ▲ 7", "Fi · 5h"},
	} {
		for i, k := range run(tail) {
			if k != keep {
				t.Errorf("line %q removed", tail[i])
			}
		}
	}
}

func TestCommentLineControlsAndVotes(t *testing.T) {
	for _, s := range []string{"Reply Report ▲ 24", "Reply · Report", "Like Reply 👍 3 👎 1", "Reply"} {
		if !commentLine(s) {
			t.Errorf("comment controls not seen: %q", s)
		}
	}
	for _, s := range []string{"Kelmouth Water 310.5 ▲ 2.3%", "▲ 24", "Reply to the council by Friday", "Report ▲ 24 per cent rise"} {
		if commentLine(s) {
			t.Errorf("taken as comment controls: %q", s)
		}
	}
}
