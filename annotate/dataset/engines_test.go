package dataset

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
	"newsmark/store/pgtest"
)

// The same project gives byte-identical exports from a project file and
// from a PostgreSQL team project, in every format and layer, and a copy
// file → server → file gives them back again.
func TestExportsAreTheSameOnBothEnginesAndAfterCopies(t *testing.T) {
	ctx := context.Background()
	file := testStore(t)
	// More than one layer: ben's work on the first article, and gold.
	docs, _ := file.Documents(ctx, "ana")
	if _, err := file.Apply(ctx, "ben", annotate.Edit{Doc: docs[0].ID, Summary: "tag", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 5, Label: annotate.LabelClaim, Annotator: "ben"}},
		{Kind: annotate.OpSetDocLabel, Key: "genre", Value: []byte(`"analysis"`)}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := file.Adjudicate(ctx, "cai", annotate.Edit{Doc: docs[1].ID, Summary: "gold", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 2, End: 9, Label: annotate.LabelEntity, Annotator: "cai", AgreedBy: []string{"ana", "ben"}}}}}); err != nil {
		t.Fatal(err)
	}
	server, err := store.Open(pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	if err := store.Copy(ctx, file, server, nil); err != nil {
		t.Fatal(err)
	}
	back, err := store.Open(filepath.Join(t.TempDir(), "back.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if err := store.Copy(ctx, server, back, nil); err != nil {
		t.Fatal(err)
	}
	if err := store.Copy(ctx, file, back, nil); err == nil {
		t.Error("a copy into a project with documents was accepted")
	}
	dir := t.TempDir()
	for _, format := range []string{FormatNewsmark, FormatStance, FormatProdigy, FormatDoccano, FormatLabelStudio, FormatSpacy, FormatBrat} {
		for _, layer := range []string{"ana", "ben", annotate.LayerGold, LayerAll} {
			opt := Options{Format: format, Layer: layer, IncludeSuggestions: true, IncludeUnlabeled: true}
			name := format + "-" + layer
			switch format {
			case FormatBrat:
				name += ".zip"
			case FormatLabelStudio:
				name += ".json" // Label Studio's uploader takes .json only
			}
			want := export(t, file, dir, "file-"+name, opt)
			if layer == "ana" && len(want) < 200 {
				t.Fatalf("%s: the export is nearly empty:\n%s", name, want)
			}
			for _, other := range []struct {
				name string
				st   *store.Store
			}{{"server", server}, {"copied back", back}} {
				if got := export(t, other.st, dir, other.name+"-"+name, opt); !bytes.Equal(got, want) {
					t.Errorf("%s, layer %s: the %s project exports\n%s\nthe file\n%s", format, layer, other.name, got, want)
				}
			}
		}
	}
	// Undo histories came along: ben undoes his edit on the server.
	if e, err := server.Undo(ctx, "ben"); err != nil || e.Summary != "tag" {
		t.Errorf("ben's undo on the server copy: %+v, %v", e, err)
	}
	if e, err := back.UndoAdjudication(ctx, "cai"); err != nil || e.Summary != "gold" {
		t.Errorf("cai's gold undo on the file copied back: %+v, %v", e, err)
	}
}
