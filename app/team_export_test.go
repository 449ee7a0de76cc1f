package app

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
)

// The export dialog's Layer offers mine, gold, each other analyst and all,
// and writes what the command line's --layer writes: one analyst's spans,
// or one record per document and analyst.
func TestExportLayerChoice(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("ferry", teamText1)
	f.tag("Ailsa Munro", 2)
	st := f.m.ctl.Store()
	if _, err := st.Apply(context.Background(), "ben", annotate.Edit{Doc: "ferry", Summary: "tag CLAIM", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 19, Label: annotate.LabelClaim}}}}); err != nil {
		t.Fatal(err)
	}
	sel, layer := f.m.layerChoice()
	if !slices.Contains(sel.Options, "ben") || !slices.Contains(sel.Options, layerGold) || !slices.Contains(sel.Options, layerAll) {
		t.Fatalf("layer choices %q", sel.Options)
	}
	tests := []struct {
		choice, layer string
		want, not     []string
	}{
		{"ben", "ben", []string{`"CLAIM"`}, []string{`"SPEAKER"`}},
		{layerMine + " (ana)", "ana", []string{`"SPEAKER"`}, []string{`"CLAIM"`}},
		{layerDefault, "", []string{`"SPEAKER"`}, []string{`"CLAIM"`}},
		{layerAll, dataset.LayerAll, []string{`"SPEAKER"`, `"CLAIM"`, `"ben"`, `"ana"`}, nil},
	}
	for _, tc := range tests {
		sel.SetSelected(tc.choice)
		if got := layer(); got != tc.layer {
			t.Errorf("%s: layer %q, want %q", tc.choice, got, tc.layer)
		}
		out := filepath.Join(t.TempDir(), "out.jsonl")
		f.m.export(out, dataset.Options{Format: dataset.FormatNewsmark, Layer: layer()})
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("%s: no file: %v", tc.choice, err)
		}
		var ferry string
		for _, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, "Ferry fares") {
				ferry += line
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(ferry, w) {
				t.Errorf("%s: %s missing from %.300s", tc.choice, w, ferry)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(ferry, w) {
				t.Errorf("%s: %s written: %.300s", tc.choice, w, ferry)
			}
		}
	}
}
