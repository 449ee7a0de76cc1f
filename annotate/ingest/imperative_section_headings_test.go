package ingest

import (
	"strings"
	"testing"
)

// Markdown section headings worded as a call to act, in invented pages,
// and promo headings that must still go.

func TestRestoreImperativeSectionHeadings(t *testing.T) {
	tests := []struct {
		name  string
		head  string
		next  string
		nextK junk
		want  bool // the heading kept after the pass
	}{
		{"vote heading", "Help choose the mascot", "Pupils have drawn four mascots, and the school will choose one by a vote on Friday.", keep, true},
		{"book heading", "Book a mill tour", "Tours of the restored mill run every Saturday, and the mill trust books them by phone.", keep, true},
		{"visit heading", "Visit the lighthouse", "The lighthouse opens to visitors on Saturdays from April, with tours every hour from ten.", keep, true},
		// near-misses
		{"keep reading over prose on another subject", "Keep reading", "The ferry operator said the new timetable would start on Monday next week.", keep, false},
		{"newsletter heading", "Get our newsletter", "Our newsletter brings you the week's stories from the valley every Friday morning.", keep, false},
		{"over a removed appeal", "Support the appeal", "Support our journalism: the appeal helps us report from every council meeting.", junkChrome, false},
	}
	for _, tt := range tests {
		units := []unit{{text: "The story began here, with a paragraph long enough to be prose."}, {text: tt.head, heading: 2}, {text: tt.next}}
		kinds := []junk{keep, junkChrome, tt.nextK}
		removed := [][]string{nil, {tt.head}, nil}
		wc := []int{wordCount(units[0].text), wordCount(tt.head), wordCount(tt.next)}
		if !ctaLine(tt.head, strings.ToLower(tt.head), wc[1]) {
			t.Fatalf("%s: %q is no call to act, the test proves nothing", tt.name, tt.head)
		}
		restoreImperativeSectionHeadings(units, kinds, removed, wc)
		if got := kinds[1] == keep; got != tt.want {
			t.Errorf("%s: heading %q kept = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}
