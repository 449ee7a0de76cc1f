package stats

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

func project(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "p.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	text := "\"The bridge will reopen in May,\" Mayor Ines Duarte said. She added that tolls would stay."
	docs := []*annotate.Document{{ID: "bridge", Text: text}, {ID: "ferry", Text: "Ferries resumed on Sunday."}, {ID: "rail", Text: "Rail fares rise."}}
	anns := []*annotate.Annotations{{
		Spans: []annotate.Span{
			{ID: "s1", Start: 0, End: 32, Label: annotate.LabelStatement},
			{ID: "spk1", Start: 33, End: 50, Label: annotate.LabelSpeaker, Attrs: map[string]any{"canonical": "Ines Duarte"}},
			{ID: "spk2", Start: 57, End: 60, Label: annotate.LabelSpeaker},
			{ID: "s2", Start: 67, End: 89, Label: annotate.LabelStatement},
			{ID: "rs1", Start: 61, End: 66, Label: annotate.LabelCue, Status: annotate.SpanPending, Source: "rules"},
		},
		Relations: []annotate.Relation{
			{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"},
			{Label: annotate.RelSaidBy, Head: "s2", Child: "spk2"},
			{Label: annotate.RelCoref, Head: "spk2", Child: "spk1"},
		},
		Targets: []annotate.Target{{ID: "T1", Text: "reopening the bridge"}},
		Stances: []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceFavor}, {Statement: "s2", Target: "T1", Label: annotate.StanceNone}},
	}, nil, nil}
	if _, err := st.AddDocuments(ctx, "ana", docs, anns); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Apply(ctx, "ana", annotate.Edit{Doc: "ferry", Summary: "done", Ops: []annotate.Op{{Kind: annotate.OpSetStatus, Status: annotate.StatusDone}}}); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestCompute(t *testing.T) {
	st := project(t)
	s, err := Compute(context.Background(), st, "ana")
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 3 || s.ByStatus[annotate.StatusDone] != 1 || s.ByStatus[annotate.StatusTodo] != 2 {
		t.Errorf("documents %d by status %v", s.Documents, s.ByStatus)
	}
	if s.Labels[annotate.LabelStatement] != 2 || s.Labels[annotate.LabelSpeaker] != 2 || s.Labels[annotate.LabelCue] != 0 || s.Pending != 1 {
		t.Errorf("labels %v pending %d", s.Labels, s.Pending)
	}
	if len(s.Stances) != 1 || s.Stances[0].Favor != 1 || s.Stances[0].NoneN != 1 || s.Stances[0].Target != "reopening the bridge" {
		t.Errorf("stances %+v", s.Stances)
	}
	// "She" follows coref to Ines Duarte: two statements for one speaker.
	if len(s.Speakers) != 1 || s.Speakers[0] != (SpeakerCount{"Ines Duarte", 2}) {
		t.Errorf("speakers %+v", s.Speakers)
	}
}

func TestChartDrawsEveryPanel(t *testing.T) {
	st := project(t)
	s, err := Compute(context.Background(), st, "ana")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WritePNG(&buf, s, annotate.DefaultSchema(), 900, 600); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 900 || b.Dy() != 600 {
		t.Errorf("chart is %v, want 900×600", b)
	}
	// Each quadrant holds a drawn bar in a colour of ours, not only white.
	found := map[string]bool{}
	want := map[string][3]uint32{"done": {0x00, 0x9E, 0x73}, "statement": {0x56, 0xB4, 0xE9}, "speaker": {0xE6, 0x9F, 0x00}}
	for y := 0; y < 600; y += 2 {
		for x := 0; x < 900; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			for name, c := range want {
				if r>>8 == c[0] && g>>8 == c[1] && b>>8 == c[2] {
					found[name] = true
				}
			}
		}
	}
	for name := range want {
		if !found[name] {
			t.Errorf("no %s bar drawn", name)
		}
	}
	if dir := os.Getenv("NEWSMARK_CHART_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, "chart.png"), buf.Bytes(), 0o644)
	}
}
