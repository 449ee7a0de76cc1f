package ingest

import (
	"slices"
	"strings"
	"testing"
)

func TestMarkdownBreaksKeptInRemoved(t *testing.T) {
	body := "The ferry left the harbour at dawn with forty passengers aboard and a cargo of timber for the island mill, the harbour master said on Tuesday evening.\n\n"
	later := "By noon the wind had turned and the crossing took twice as long as the timetable promised, according to two of the passengers who spoke later.\n"
	tests := []struct {
		name    string
		md      string
		removed []string // in this order among meta.removed
		absent  []string // must not be in meta.removed
	}{
		{"spaced stars", "# A slow crossing\n\n" + body + "* * *\n\n" + later, []string{"* * *"}, nil},
		{"stars", "# A slow crossing\n\n" + body + "***\n\n" + later, []string{"***"}, nil},
		{"dashes", "# A slow crossing\n\n" + body + "---\n\n" + later, []string{"---"}, nil},
		{"underscores and a second break", "# A slow crossing\n\n" + body + "___\n\n" + later + "\n- - -\n\n" + body,
			[]string{"___", "- - -"}, nil},
		{"in a blockquote", "# A slow crossing\n\n" + body + "> * * *\n\n" + later, []string{"* * *"}, nil},
		// near-misses: a setext underline is a heading, two stars are no
		// break, and a dashed list item keeps its words
		{"setext heading", "A slow crossing\n---\n\n" + body + later, nil, []string{"---"}},
		{"two stars", "# A slow crossing\n\n" + body + "* *\n\n" + later, nil, []string{"* *"}},
		{"an empty heading as a section mark", "# A slow crossing\n\n" + body + "#\n\n" + later, []string{"#"}, nil},
		{"a break after a code block", "# A slow crossing\n\n" + body + "```\nlog line\n```\n\n***\n\n" + later, []string{"***"}, nil},
		// an image-only heading renders no text but is no section mark
		{"image heading", "# A slow crossing\n\n" + body + "## ![a gull](gull.png)\n\n" + later + "\n#\n", []string{"#"}, []string{"## ![a gull](gull.png)"}},
		{"setext heading then a break", "A slow crossing\n---------------\n\n" + body + "***\n\n" + later,
			[]string{"***"}, []string{"---------------"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.md", []byte(tt.md), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			at := -1
			for _, want := range tt.removed {
				k := slices.Index(doc.Meta.Removed, want)
				if k <= at {
					t.Errorf("%q not in meta.removed after index %d: %q", want, at, doc.Meta.Removed)
				}
				at = k
			}
			for _, no := range tt.absent {
				if slices.Contains(doc.Meta.Removed, no) {
					t.Errorf("%q in meta.removed: %q", no, doc.Meta.Removed)
				}
			}
			if !strings.Contains(doc.Text, "By noon the wind") {
				t.Errorf("body lost: %q", doc.Text)
			}
		})
	}
}

func TestEmptyHeadingShape(t *testing.T) {
	tests := []struct{ line, want string }{
		{"#", "#"}, {"## ##", "## ##"}, {"> #", "#"},
		{"# Title", ""}, {"#hashtag", ""}, {"* * *", ""},
	}
	for _, tt := range tests {
		if got := emptyHeadingShape(tt.line); got != tt.want {
			t.Errorf("emptyHeadingShape(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestBreakShape(t *testing.T) {
	tests := []struct{ line, want string }{
		{"* * *", "* * *"}, {"  ***", "***"}, {"> ---", "---"}, {"_ _ _ _", "_ _ _ _"},
		{"**", ""}, {"*-*", ""}, {"--- more", ""}, {"===", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := breakShape(tt.line); got != tt.want {
			t.Errorf("breakShape(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
