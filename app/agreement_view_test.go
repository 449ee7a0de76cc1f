package app

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// inBackground runs the agreement window's long work inline for one test.
func inBackground(t testing.TB, run func(func())) {
	old := background
	background = run
	t.Cleanup(func() { background = old })
}

// texts gathers the text of every label under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	switch w := o.(type) {
	case *widget.Label:
		out = append(out, w.Text)
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, texts(c)...)
		}
	}
	return out
}

func newAgreementFixture(t *testing.T) (*winFixture, *agreementView, string) {
	inBackground(t, inline)
	f, doc := newAdjFixture(t)
	f.m.adj.leave()
	v := f.m.showAgreement()
	if v == nil || v.report == nil {
		t.Fatalf("View › Agreement computed no report; status %q", v.status.Text)
	}
	return f, v, doc
}

func TestAgreementWindowShowsFiguresWithCounts(t *testing.T) {
	_, v, _ := newAgreementFixture(t)
	all := strings.Join(texts(v.body), "\n")
	if strings.Contains(all, "NaN") {
		t.Errorf("a figure reads NaN:\n%s", all)
	}
	// Speaker agreement, pooled over the three pairs: 44 of 46 matched
	// statements (the headless e2e test works it out).
	want := "0.96\nused 46 matched statements, excluded 2"
	if !strings.Contains(all, want) {
		t.Errorf("no speaker figure %q in:\n%s", want, all)
	}
	// Cohen's κ needs exactly two analysts: with three it is undefined, in words.
	if !strings.Contains(all, "undefined: needs exactly two analysts: see the pairs\nused 0") {
		t.Errorf("Cohen's κ for three analysts is not said undefined in words:\n%s", all)
	}
	// The document labels are all the same: one category, said in words.
	if !strings.Contains(all, "undefined: one category only\nused 1 document, excluded 0") {
		t.Errorf("no document label said undefined (one category) with its count:\n%s", all)
	}
	for _, a := range []string{"ana", "ben", "cai"} {
		if !strings.Contains(all, a) {
			t.Errorf("the pairwise matrix lacks %s", a)
		}
	}
	if !strings.Contains(v.status.Text, "3 analysts: ana, ben, cai · 1 document compared") {
		t.Errorf("status %q", v.status.Text)
	}
	if len(v.docs.rows) != 1 || v.docs.rows[0].Disagreements == 0 {
		t.Fatalf("per-document table %+v", v.docs.rows)
	}
	if row := docRowText(v.docs.rows[0], "Seed"); !strings.Contains(row, "Seed (") || !strings.Contains(row, "disagreements (span") {
		t.Errorf("document row %q", row)
	}
}

func TestAgreementWindowAnalystsSelector(t *testing.T) {
	_, v, _ := newAgreementFixture(t)
	v.analysts.SetSelected([]string{"ana", "cai"})
	v.run()
	if got := strings.Join(v.report.Analysts, ","); got != "ana,cai" {
		t.Fatalf("report of %s, want ana,cai", got)
	}
	if k := v.report.Stance.Kappa; !k.Defined {
		t.Errorf("Cohen's κ for two analysts is undefined: %s", k.Reason)
	}
	all := strings.Join(texts(v.body), "\n")
	if strings.Contains(all, "ben") {
		t.Error("the report still shows ben")
	}
	v.analysts.SetSelected([]string{"ana"})
	v.run()
	if !strings.Contains(v.status.Text, "two or more") {
		t.Errorf("one analyst ticked: %q", v.status.Text)
	}
}

func TestAgreementWindowOpensDocumentInAdjudication(t *testing.T) {
	f, v, doc := newAgreementFixture(t)
	v.docs.Select(0)
	v.docs.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.m.adj == nil || f.m.adj.doc == nil || f.m.adj.doc.ID != doc {
		t.Fatal("Enter on the document row did not open it in adjudication")
	}
	f.m.adj.leave()
	row := v.docs.CreateItem().(*docRow)
	v.docs.UpdateItem(0, row)
	test.DoubleTap(row)
	if f.m.adj == nil || f.m.adj.doc.ID != doc {
		t.Fatal("a double-click on the row did not open it in adjudication")
	}
}

func TestAgreementWindowWritesCSVDiagnosis(t *testing.T) {
	_, v, doc := newAgreementFixture(t)
	dir := t.TempDir()
	v.writeCSV(dir)
	fh, err := os.Open(filepath.Join(dir, "diagnosis.csv"))
	if err != nil {
		t.Fatalf("%v; status %q", err, v.status.Text)
	}
	defer fh.Close()
	rows, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(v.report.Diagnosis)+1 || len(rows) < 5 || rows[1][0] != doc {
		t.Errorf("diagnosis.csv has %d rows for %d disagreements", len(rows), len(v.report.Diagnosis))
	}
	if !strings.Contains(v.status.Text, "wrote the CSV diagnosis") {
		t.Errorf("status %q", v.status.Text)
	}
}

func TestAgreementWindowCancel(t *testing.T) {
	_, v, _ := newAgreementFixture(t)
	var queued func()
	background = func(f func()) { queued = f }
	v.run()
	if v.bar.Hidden || v.cancel.Hidden || !v.compute.Disabled() {
		t.Error("no progress bar and Cancel while computing")
	}
	test.Tap(v.cancel)
	queued()
	if !strings.HasPrefix(v.status.Text, "cancelled") || !v.bar.Hidden {
		t.Errorf("after Cancel: %q", v.status.Text)
	}
}
