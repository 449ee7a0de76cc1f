package agree

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
)

// stanceDoc is a small document of ours with one statement that every
// analyst tags the same, and the stance each gives toward one target.
func stanceDoc(id string, labels map[string]string) Doc {
	const text = "The mayor said the tram line would open in May."
	d := Doc{ID: id, Text: text, Layers: map[string]*annotate.Annotations{}}
	for a, label := range labels {
		ann := &annotate.Annotations{
			Spans:   []annotate.Span{sp("s", annotate.LabelStatement, 15, 47), sp("m", annotate.LabelSpeaker, 0, 9), sp("c", annotate.LabelCue, 10, 14)},
			Targets: []annotate.Target{{ID: "t", Text: "the tram line"}},
		}
		ann.Relations = []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s", Child: "m"}, {Label: annotate.RelCue, Head: "s", Child: "c"}}
		if label != "" {
			ann.Stances = []annotate.Stance{{Statement: "s", Target: "t", Label: label}}
		}
		d.Layers[a] = ann
	}
	return d
}

func TestReportEdgeCases(t *testing.T) {
	t.Run("no spans", func(t *testing.T) {
		rep := Compute([]Doc{{ID: "d", Text: "Nothing tagged here.", Layers: map[string]*annotate.Annotations{"a": {}, "b": {}}}}, Options{})
		all := spanFigures(t, rep, "")
		for name, r := range map[string]Result{"F1 exact": all.F1Exact, "F1 overlap": all.F1Overlap, "α_U": all.AlphaU} {
			if r.Defined || r.Reason != ReasonNoSpans {
				t.Errorf("%s: %v, want undefined: no spans", name, r)
			}
		}
		if rep.Stance.Alpha.Defined || rep.Stance.Alpha.Reason != ReasonNoItems {
			t.Errorf("stance α: %v, want undefined: no items", rep.Stance.Alpha)
		}
		if rep.Attribution.Speaker.Defined {
			t.Errorf("speaker accuracy with no statements: %v", rep.Attribution.Speaker)
		}
		if len(rep.Diagnosis) != 0 || rep.Documents != 1 {
			t.Errorf("%d documents, %d disagreements", rep.Documents, len(rep.Diagnosis))
		}
	})
	t.Run("one analyst", func(t *testing.T) {
		d := stanceDoc("d", map[string]string{"a": annotate.StanceFavor})
		rep := Compute([]Doc{d}, Options{})
		if rep.Documents != 0 || rep.Skipped != 1 || len(rep.Pairs) != 0 {
			t.Errorf("%d documents, %d skipped, %d pairs; want 0, 1, 0", rep.Documents, rep.Skipped, len(rep.Pairs))
		}
		if r := spanFigures(t, rep, "").F1Overlap; r.Defined || r.Reason != ReasonFewAnalysts {
			t.Errorf("F1 with one analyst: %v", r)
		}
		if r := spanFigures(t, rep, "").AlphaU; r.Defined || r.Reason != ReasonFewAnalysts {
			t.Errorf("α_U with one analyst: %v", r)
		}
	})
	t.Run("one category", func(t *testing.T) {
		// Everyone says FAVOR on three documents: α and κ cannot tell
		// agreement from chance; AC1 over the three stance labels can.
		var docs []Doc
		for _, id := range []string{"d1", "d2", "d3"} {
			docs = append(docs, stanceDoc(id, map[string]string{"a": annotate.StanceFavor, "b": annotate.StanceFavor}))
		}
		rep := Compute(docs, Options{})
		for name, r := range map[string]Result{"α": rep.Stance.Alpha, "κ": rep.Stance.Kappa, "Fleiss": rep.Stance.Fleiss} {
			if r.Defined || r.Reason != ReasonOneCategory || r.Used != 3 {
				t.Errorf("stance %s: %v, want undefined: one category only, 3 used", name, r)
			}
		}
		eq(t, "stance AC1", rep.Stance.AC1, 1, 3)
		if !strings.Contains(rep.Stance.Alpha.String(), "undefined: one category only (used 3 (statement, target) pairs)") {
			t.Errorf("rendered %q", rep.Stance.Alpha.String())
		}
	})
	t.Run("two analysts: Cohen's κ is the report's and the pair's", func(t *testing.T) {
		// d1 F/F, d2 A/A, d3 F/A, d4 N/N, d5 F/–: 4 items both labelled,
		// 3 agree; a: F2 A1 N1, b: F1 A2 N1; A_e = (2 + 2 + 1)/16 = 5/16;
		// κ = (12/16 − 5/16)/(11/16) = 7/11.
		docs := []Doc{
			stanceDoc("d1", map[string]string{"a": "FAVOR", "b": "FAVOR"}),
			stanceDoc("d2", map[string]string{"a": "AGAINST", "b": "AGAINST"}),
			stanceDoc("d3", map[string]string{"a": "FAVOR", "b": "AGAINST"}),
			stanceDoc("d4", map[string]string{"a": "NONE", "b": "NONE"}),
			stanceDoc("d5", map[string]string{"a": "FAVOR", "b": ""}),
		}
		rep := Compute(docs, Options{})
		eq(t, "stance κ", rep.Stance.Kappa, 7.0/11, 4)
		eq(t, "pair stance κ", rep.Pairs[0].StanceKappa, 7.0/11, 4)
		if rep.Stance.Kappa.ExcludedCount() != 1 {
			t.Errorf("κ excluded %v, want d5 (incomplete)", rep.Stance.Kappa.Excluded)
		}
		// The per-document table puts d3 (stance differs) and d5 (only a
		// gave one) first, in id order.
		if rep.PerDocument[0].ID != "d3" || rep.PerDocument[1].ID != "d5" || rep.PerDocument[2].Disagreements != 0 {
			t.Errorf("per-document order: %+v", rep.PerDocument)
		}
	})
	t.Run("analysts on different documents", func(t *testing.T) {
		// d1 by a and b, d2 by b and c: no document has all three, so α_U
		// over all three is undefined with both documents excluded; a and c
		// share no document.
		d1 := stanceDoc("d1", map[string]string{"a": "FAVOR", "b": "FAVOR"})
		d2 := stanceDoc("d2", map[string]string{"b": "NONE", "c": "NONE"})
		rep := Compute([]Doc{d1, d2}, Options{})
		all := spanFigures(t, rep, "")
		if all.AlphaU.Defined || all.AlphaU.ExcludedCount() != 2 || all.AlphaU.Excluded[0].Unit != "documents" {
			t.Errorf("α_U: %v", all.AlphaU)
		}
		if got := all.AlphaU.String(); !strings.Contains(got, "2 documents excluded: not annotated by every analyst") {
			t.Errorf("α_U rendered %q", got)
		}
		ac := rep.Pairs[1] // a–c
		if ac.A != "a" || ac.B != "c" || ac.Documents != 0 || ac.F1Overlap.Defined || ac.F1Overlap.ExcludedCount() != 6 {
			t.Errorf("pair a–c: %+v", ac)
		}
		eq(t, "a–b α_U", rep.Pairs[0].AlphaU, 1, 6)
		// Restricted to a and b, d2 has one analyst and is skipped.
		sub := Compute([]Doc{d1, d2}, Options{Analysts: []string{"b", "a"}})
		if sub.Documents != 1 || sub.Skipped != 1 || len(sub.Pairs) != 1 {
			t.Errorf("subset report: %d documents, %d skipped, %d pairs", sub.Documents, sub.Skipped, len(sub.Pairs))
		}
		eq(t, "subset α_U", spanFigures(t, sub, "").AlphaU, 1, 6)
	})
	t.Run("document labels", func(t *testing.T) {
		// genre over three documents: (news, news), (news, opinion),
		// (opinion, opinion): o_nn = 2 + 0, o_oo = 2, o_no = o_on = 1;
		// n = (3, 3), 6; α = 1 − (2/6)/(2·3·3/30) = 1 − 10/18.
		labels := [][2]string{{"news", "news"}, {"news", "opinion"}, {"opinion", "opinion"}}
		var docs []Doc
		for i, l := range labels {
			d := stanceDoc(string(rune('p'+i)), map[string]string{"a": "", "b": ""})
			d.Layers["a"].DocLabels = map[string]any{"genre": l[0]}
			d.Layers["b"].DocLabels = map[string]any{"genre": l[1]}
			docs = append(docs, d)
		}
		rep := Compute(docs, Options{})
		if len(rep.DocLabels) != 1 || rep.DocLabels[0].Name != "genre" {
			t.Fatalf("doc labels %+v", rep.DocLabels)
		}
		eq(t, "genre α", rep.DocLabels[0].Alpha, 1-10.0/18, 3)
		if len(rep.Diagnosis) != 1 || rep.Diagnosis[0].Aspect != AspectDocLabel || rep.Diagnosis[0].Doc != "q" {
			t.Errorf("diagnosis %+v", rep.Diagnosis)
		}
	})
}

func TestWriters(t *testing.T) {
	text, layers := seedAnalysts(t)
	rep := Compute([]Doc{{ID: "seed", Text: text, Layers: layers}}, Options{})

	var js bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(js.String(), "NaN") {
		t.Error("JSON holds NaN")
	}
	var back struct {
		Stance struct {
			Kappa struct {
				Defined bool     `json:"defined"`
				Value   *float64 `json:"value"`
				Reason  string   `json:"reason"`
			} `json:"cohen_kappa"`
			Alpha struct {
				Value *float64 `json:"value"`
				Used  int      `json:"used"`
			} `json:"alpha"`
		} `json:"stance"`
		Diagnosis []Disagreement `json:"diagnosis"`
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("report JSON does not parse: %v", err)
	}
	if back.Stance.Kappa.Defined || back.Stance.Kappa.Value != nil || back.Stance.Kappa.Reason == "" {
		t.Errorf("undefined κ in JSON: %+v, want value null and a reason", back.Stance.Kappa)
	}
	if back.Stance.Alpha.Value == nil || math.Abs(*back.Stance.Alpha.Value-(1-4.0*1892/(44*1050))) > 1e-9 || back.Stance.Alpha.Used != 15 {
		t.Errorf("stance α in JSON: %+v", back.Stance.Alpha)
	}
	if len(back.Diagnosis) != 10 || back.Diagnosis[0].Start != 391 || back.Diagnosis[0].End != 502 {
		t.Errorf("diagnosis in JSON: %d rows, first %+v", len(back.Diagnosis), back.Diagnosis[0])
	}

	dir := filepath.Join(t.TempDir(), "agree")
	if err := rep.WriteCSV(dir); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	diag := read(DiagnosisCSV)
	if len(diag) != 11 || !strings.HasSuffix(strings.Join(diag[0], ","), "differs,ana,ben,cai") {
		t.Errorf("diagnosis.csv: %d rows, header %v", len(diag), diag[0])
	}
	// The row of the statement ben missed names him and shows his empty cell.
	found := false
	for _, r := range diag[1:] {
		if r[3] == "span" && r[5] == "1904" {
			found = r[8] == "not tagged by ben" && r[10] == "(none)" && strings.Contains(r[9], "too early")
		}
	}
	if !found {
		t.Errorf("diagnosis.csv has no row for s13 missed by ben: %v", diag)
	}
	if pairs := read(PairsCSV); len(pairs) != 4 || pairs[1][0] != "ana" || pairs[1][1] != "ben" {
		t.Errorf("pairs.csv: %v", pairs)
	}
	if docs := read(DocumentsCSV); len(docs) != 2 || docs[1][0] != "seed" || docs[1][4] != "10" {
		t.Errorf("documents.csv: %v", docs)
	}
	summary := read(SummaryCSV)
	var kappaRow []string
	for _, r := range summary {
		if r[0] == "stance" && r[2] == "Cohen's κ" {
			kappaRow = r
		}
	}
	if kappaRow == nil || kappaRow[3] != "" || kappaRow[4] != "false" || !strings.HasPrefix(kappaRow[5], ReasonTwoCoders) {
		t.Errorf("summary.csv Cohen's κ row: %v", kappaRow)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".*")); len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	var txt bytes.Buffer
	if err := rep.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Agreement of 3 analysts: ana, ben, cai",
		"STATEMENT.quote_type  α 0.89 (used 16 units)",
		"Krippendorff's α   0.84 (used 15 (statement, target) pairs)",
		"Cohen's κ          undefined: needs exactly two analysts: see the pairs\n",
		"genre     α undefined: one category only (used 1 document)",
		"speaker (entity level)  accuracy 0.96 (44 of 46 matched statements agree, 2 excluded: tagged by one analyst only)",
		"not tagged by ben",
		"Diagnosis: 10 disagreements",
	} {
		if !strings.Contains(txt.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, txt.String())
		}
	}
}
