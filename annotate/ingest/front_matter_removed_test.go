package ingest

import (
	"reflect"
	"testing"
)

func TestFrontMatterRemoved(t *testing.T) {
	head := "title: \"Ferry fares rise again\"\nsummary: \"Fares go up in March\"\nwriter: \"Ann Lode\"\n\nweight: 3\nkeywords:\n  - ferries\n  - fares"
	want := []string{"summary: \"Fares go up in March\"", "writer: \"Ann Lode\"", "weight: 3", "keywords:", "  - ferries", "  - fares"}
	if got := frontMatterRemoved(head); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// near-misses: an empty title and an indented "title:" of a nested
	// map are not the headline, so they stay in the list
	head = "title:\nseo:\n  title: \"Ferries\""
	want = []string{"title:", "seo:", "  title: \"Ferries\""}
	if got := frontMatterRemoved(head); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFrontMatterLinesInRemoved(t *testing.T) {
	src := "---\ntitle: \"Ferry fares rise again\"\nsummary: \"Fares go up in March\"\nslug: ferry-fares\n---\n\nFerry fares will rise by 4 per cent in March, the operator said on Monday.\n"
	a := fromMarkdown(src)
	got := a.meta.Removed
	if len(got) < 2 || got[0] != "summary: \"Fares go up in March\"" || got[1] != "slug: ferry-fares" {
		t.Errorf("removed = %q", got)
	}
	for _, r := range got {
		if r == "title: \"Ferry fares rise again\"" {
			t.Errorf("the title line is the headline, not removed: %q", got)
		}
	}
	// a page with no front matter (a rule first, no closing rule) keeps
	// its lines
	a = fromMarkdown("---\n\nslug: this is a sentence about slugs, not a key.\n")
	for _, r := range a.meta.Removed {
		if r == "slug: this is a sentence about slugs, not a key." {
			t.Errorf("no front matter, yet removed %q", a.meta.Removed)
		}
	}
}
