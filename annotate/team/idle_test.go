package team

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"newsmark/annotate"
)

// An analyst asked for who has only been handed suggestions (the lead,
// whose layer the import filled) is named idle and left out of every
// figure, so "annotated by every analyst" counts the documents the
// working analysts share.
func TestAgreementNamesIdleAnalystsAndLeavesThemOut(t *testing.T) {
	st, ids := newsroom(t, 2)
	ctx := context.Background()
	for _, who := range []string{"ana", "ben"} {
		for _, id := range ids {
			e := annotate.Edit{Doc: id, Summary: "tag", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
				Span: &annotate.Span{ID: "s1", Start: 17, End: 50, Label: annotate.LabelStatement}}}}
			if _, err := st.Apply(ctx, who, e); err != nil {
				t.Fatal(err)
			}
		}
	}
	rep, err := Agreement(ctx, st, AgreementOptions{Analysts: []string{"lead", "ben", "ana", "lead"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Analysts, []string{"ana", "ben"}) || !slices.Equal(rep.Idle, []string{"lead"}) {
		t.Fatalf("analysts %v, idle %v; want [ana ben] and [lead]", rep.Analysts, rep.Idle)
	}
	if rep.Documents != 2 || rep.Complete != 2 || rep.Skipped != 0 {
		t.Errorf("documents %d, complete %d, skipped %d; want 2, 2, 0", rep.Documents, rep.Complete, rep.Skipped)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Not compared (no work in any document yet): lead") {
		t.Errorf("the text report does not name the idle analyst:\n%s", out.String())
	}

	// Only idle analysts asked for: nothing compared, not everyone.
	rep, err = Agreement(ctx, st, AgreementOptions{Analysts: []string{"lead"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Analysts) != 0 || rep.Documents != 0 || !slices.Equal(rep.Idle, []string{"lead"}) {
		t.Errorf("asking for the lead alone compared %v over %d documents (idle %v)", rep.Analysts, rep.Documents, rep.Idle)
	}
	// Nobody named: everyone with work, nobody idle.
	rep, err = Agreement(ctx, st, AgreementOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Analysts, []string{"ana", "ben"}) || len(rep.Idle) != 0 {
		t.Errorf("the whole project compares %v (idle %v), want [ana ben]", rep.Analysts, rep.Idle)
	}
}
