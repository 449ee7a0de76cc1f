package agree

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/reference"
)

// The seed test makes three analysts from the hand-checked gold annotation
// of the seed article (../shared/fixtures, read at test time, nothing built
// from it committed) with known perturbations, and checks every figure of
// the report against a value worked out by hand below.

type goldRecord struct {
	ID        string              `json:"id"`
	Text      string              `json:"text"`
	Spans     []annotate.Span     `json:"spans"`
	Relations []annotate.Relation `json:"relations"`
	Targets   []annotate.Target   `json:"targets"`
	Stances   []annotate.Stance   `json:"stance"`
	DocLabels map[string]any      `json:"doc_labels"`
}

func readSeed(t *testing.T) (text string, gold *annotate.Annotations) {
	t.Helper()
	path := reference.File(t, filepath.Join("fixtures", "seed_000_gold.doc.jsonl"))
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rec goldRecord
	if err := json.Unmarshal([]byte(strings.TrimSpace(string(raw))), &rec); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for i := range rec.Spans {
		rec.Spans[i].Status = annotate.SpanAccepted
	}
	return rec.Text, &annotate.Annotations{Spans: rec.Spans, Relations: rec.Relations, Targets: rec.Targets,
		Stances: rec.Stances, DocLabels: rec.DocLabels}
}

// clone deep-copies annotations so each analyst's perturbations stay theirs.
func clone(a *annotate.Annotations) *annotate.Annotations {
	raw, _ := json.Marshal(struct {
		S []annotate.Span
		R []annotate.Relation
		T []annotate.Target
		X []annotate.Stance
		D map[string]any
	}{a.Spans, a.Relations, a.Targets, a.Stances, a.DocLabels})
	var c struct {
		S []annotate.Span
		R []annotate.Relation
		T []annotate.Target
		X []annotate.Stance
		D map[string]any
	}
	json.Unmarshal(raw, &c)
	return &annotate.Annotations{Spans: c.S, Relations: c.R, Targets: c.T, Stances: c.X, DocLabels: c.D}
}

func spanOf(t *testing.T, a *annotate.Annotations, id string) *annotate.Span {
	t.Helper()
	for i := range a.Spans {
		if a.Spans[i].ID == id {
			return &a.Spans[i]
		}
	}
	t.Fatalf("no span %s in the seed gold", id)
	return nil
}

// removeStatement drops a statement with its relations and stances.
func removeStatement(a *annotate.Annotations, id string) {
	a.Spans = slices.DeleteFunc(a.Spans, func(s annotate.Span) bool { return s.ID == id })
	a.Relations = slices.DeleteFunc(a.Relations, func(r annotate.Relation) bool { return r.Head == id || r.Child == id })
	a.Stances = slices.DeleteFunc(a.Stances, func(s annotate.Stance) bool { return s.Statement == id })
}

func relink(t *testing.T, a *annotate.Annotations, label, head, child string) {
	t.Helper()
	for i := range a.Relations {
		if a.Relations[i].Label == label && a.Relations[i].Head == head {
			a.Relations[i].Child = child
			return
		}
	}
	t.Fatalf("no %s relation from %s", label, head)
}

func setStance(t *testing.T, a *annotate.Annotations, statement, target, label string) {
	t.Helper()
	for i := range a.Stances {
		if a.Stances[i].Statement == statement && a.Stances[i].Target == target {
			a.Stances[i].Label = label
			return
		}
	}
	t.Fatalf("no stance of %s toward %s", statement, target)
}

// seedAnalysts builds the three layers:
//
//   - ana is the gold as it is.
//   - ben shortens s3 [391,502) to [391,490) (shifted boundary); misses the
//     statement s13 [1904,1969) with its links and stance; tags the cue of s7
//     as "said" [1230,1234) instead of "has said" [1226,1234); links s10 to
//     the pronoun "he" (spk12) instead of "Peskov" (spk11), and that "he"
//     has no canonical name of its own, only its coref link to spk11 (the
//     same person: agreement); flips the stance of s5 toward T1 from
//     AGAINST to FAVOR; and names his targets b1…b5 with the gold's texts
//     (T1 in lower case), so targets must match by text.
//   - cai shortens s14 [2065,2168) to [2065,2133); links s8 to the same
//     pronoun "he" (spk12, Dmitry Peskov through coref) instead of "Peskov"
//     (spk9): agreement; links s6 to "Putin" (spk6, Vladimir Putin) instead
//     of "Kremlin spokesman Dmitry Peskov" (spk7): another person; flips the
//     stance of s12 toward T3 from FAVOR to NONE; sets quote_type of s4 to
//     indirect (gold: mixed) and checkworthy of c11 to no (gold: yes); and
//     has a pending suggestion and a rejected span, which must not count.
func seedAnalysts(t *testing.T) (string, map[string]*annotate.Annotations) {
	text, gold := readSeed(t)
	ana, ben, cai := clone(gold), clone(gold), clone(gold)

	spanOf(t, ben, "s3").End = 490
	removeStatement(ben, "s13")
	spanOf(t, ben, "cue8").Start = 1230
	relink(t, ben, annotate.RelSaidBy, "s10", "spk12")
	delete(spanOf(t, ben, "spk12").Attrs, "canonical")
	setStance(t, ben, "s5", "T1", annotate.StanceFavor)
	for i := range ben.Targets {
		old := ben.Targets[i].ID
		ben.Targets[i].ID = "b" + strings.TrimPrefix(old, "T")
		if old == "T1" {
			ben.Targets[i].Text = strings.ToLower(ben.Targets[i].Text)
		}
		for j := range ben.Stances {
			if ben.Stances[j].Target == old {
				ben.Stances[j].Target = ben.Targets[i].ID
			}
		}
	}

	spanOf(t, cai, "s14").End = 2133
	relink(t, cai, annotate.RelSaidBy, "s8", "spk12")
	delete(spanOf(t, cai, "spk12").Attrs, "canonical")
	relink(t, cai, annotate.RelSaidBy, "s6", "spk6")
	setStance(t, cai, "s12", "T3", annotate.StanceNone)
	spanOf(t, cai, "s4").Attrs["quote_type"] = "indirect"
	spanOf(t, cai, "c11").Attrs["checkworthy"] = "no"
	cai.Spans = append(cai.Spans,
		annotate.Span{ID: "p1", Start: 0, End: 10, Label: annotate.LabelStatement, Status: annotate.SpanPending},
		annotate.Span{ID: "r1", Start: 57, End: 111, Label: annotate.LabelClaim, Status: annotate.SpanRejected})
	cai.Relations = append(cai.Relations, annotate.Relation{Label: annotate.RelSaidBy, Head: "p1", Child: "spk1", Status: annotate.SpanPending})

	return text, map[string]*annotate.Annotations{"ana": ana, "ben": ben, "cai": cai}
}

func eq(t *testing.T, what string, r Result, want float64, used int) {
	t.Helper()
	if !r.Defined {
		t.Errorf("%s: undefined (%s), want %.6f", what, r.Reason, want)
		return
	}
	if math.Abs(r.Value-want) > 1e-9 {
		t.Errorf("%s = %.9f, want %.9f", what, r.Value, want)
	}
	if used >= 0 && r.Used != used {
		t.Errorf("%s: used %d, want %d", what, r.Used, used)
	}
}

func spanFigures(t *testing.T, rep *Report, label string) SpanFigures {
	t.Helper()
	for _, s := range rep.Spans {
		if s.Label == label {
			return s
		}
	}
	t.Fatalf("no span figures for %q", label)
	return SpanFigures{}
}

func TestSeedAgreement(t *testing.T) {
	text, layers := seedAnalysts(t)
	rep := Compute([]Doc{{ID: "seed", Text: text, Layers: layers}}, Options{})
	L := float64(annotate.RuneLen(text)) // 2371 code points
	if L != 2371 {
		t.Fatalf("seed text has %v code points, want 2371", L)
	}
	if rep.Documents != 1 || rep.Complete != 1 || !slices.Equal(rep.Analysts, []string{"ana", "ben", "cai"}) {
		t.Fatalf("report of %v over %d documents", rep.Analysts, rep.Documents)
	}

	// Spans. The gold has 69: 16 STATEMENT, 15 SPEAKER, 15 CUE, 17 CLAIM,
	// 3 ADDRESSEE, 3 MEDIUM; ben has 68 (no s13), cai 69 (pending and
	// rejected spans ignored).
	// STATEMENT, pairs (spans compared; units both tagged; of those exact):
	//   ana–ben 16+15 = 31; 15; 14 (s3 differs)
	//   ana–cai 16+16 = 32; 16; 15 (s14 differs)
	//   ben–cai 15+16 = 31; 15; 13 (s3, s14)
	// F1 exact = 2(14+15+13)/94 = 84/94; F1 overlap = 2(15+16+15)/94 = 92/94.
	st := spanFigures(t, rep, annotate.LabelStatement)
	eq(t, "STATEMENT F1 exact", st.F1Exact, 84.0/94, 94)
	eq(t, "STATEMENT F1 overlap", st.F1Overlap, 92.0/94, 94)
	if st.Units != 16 || st.Spans["ana"] != 16 || st.Spans["ben"] != 15 || st.Spans["cai"] != 16 {
		t.Errorf("STATEMENT: %d units, spans %v; want 16 units, 16/15/16", st.Units, st.Spans)
	}
	// Agreed on every aspect by all three: 16 units minus s3, s13, s14
	// (span), s4 (attribute), s5, s12 (stance), s6 (speaker) and s7 (cue) = 8.
	if st.Agreed != 8 {
		t.Errorf("STATEMENT units agreed: %d, want 8", st.Agreed)
	}
	// CUE: 15 units, only cue8 differs (ben): exact 2(14+15+14)/90, overlap 90/90.
	cue := spanFigures(t, rep, annotate.LabelCue)
	eq(t, "CUE F1 exact", cue.F1Exact, 86.0/90, 90)
	eq(t, "CUE F1 overlap", cue.F1Overlap, 1, 90)
	// All labels: spans ana–ben 69+68 = 137, ana–cai 138, ben–cai 137 = 412;
	// both tagged 68, 69, 68; exact 66 (no s3, cue8), 68 (no s14), 65.
	all := spanFigures(t, rep, "")
	eq(t, "all F1 exact", all.F1Exact, 2.0*(66+68+65)/412, 412)
	eq(t, "all F1 overlap", all.F1Overlap, 2.0*(68+69+68)/412, 412)

	// α_U over the one document (L = 2371, R = 3).
	// SPEAKER, CLAIM, ADDRESSEE and MEDIUM spans are identical: D_o = 0, α = 1.
	for _, l := range []string{annotate.LabelSpeaker, annotate.LabelClaim, annotate.LabelAddressee, annotate.LabelMedium} {
		eq(t, l+" α_U", spanFigures(t, rep, l).AlphaU, 1, -1)
	}
	// CUE: only cue8 differs, (1226,8) against ben's (1230,4):
	// δ² = (−4)² + (−4+4)² = 16, in pairs ana–ben and ben–cai:
	// D_o = 2·32/(3·2·2371²).
	// D_e: N = 45 units; lengths 4 (12 for ana and cai, 13 for ben: 37
	// units), 12 ("has demanded", 3), 8 ("has said", ana and cai: 2), 5
	// ("added", 3). Gaps: ana's and cai's sum to 2371 − 73 = 2298 each,
	// ben's to 2371 − 69 = 2302, G = 6898 over 48 gaps, the shortest 15, so
	// every gap is ≥ every unit: Σ_{g≥l}(g − l + 1) = G − 48(l − 1).
	// Per unit (N−1)(2l³−3l²+l)/3 + l²(G − 48(l−1)):
	//   l=4: 44·84/3 + 16·6754 = 1232 + 108064 = 109296
	//   l=12: 44·3036/3 + 144·6370 = 44528 + 917280 = 961808
	//   l=8: 44·840/3 + 64·6562 = 12320 + 419968 = 432288
	//   l=5: 44·180/3 + 25·6706 = 2640 + 167650 = 170290
	// Σ = 37·109296 + 3·961808 + 2·432288 + 3·170290 = 8304822;
	// Σ l(l−1) = 37·12 + 3·132 + 2·56 + 3·20 = 1012;
	// D_e = (2/2371)·8304822/(7113·7112 − 1012).
	cueU := cue.AlphaU
	do := 2 * 32 / (6 * L * L)
	de := (2 / L) * 8304822 / (7113*7112 - 1012)
	eq(t, "CUE α_U", cueU, 1-do/de, 45)
	if math.Abs(cueU.Observed-do) > 1e-15 || math.Abs(cueU.Expected-de) > 1e-12 {
		t.Errorf("CUE D_o %g D_e %g, want %g and %g", cueU.Observed, cueU.Expected, do, de)
	}
	// STATEMENT: s9 [1366,1442) lies inside s8 [1334,1442) in every layer,
	// so α_U keeps s8 and excludes s9 three times. Observed:
	//   ana–ben: s3 (391,111) vs (391,99): 0² + 12² = 144; s13 (1904,65)
	//            inside ben's gap [1800,2065): 65² = 4225 → 4369
	//   ana–cai: s14 (2065,103) vs (2065,68): 35² = 1225
	//   ben–cai: 144 + 4225 + 1225 = 5594
	// D_o = 2·(4369 + 1225 + 5594)/(3·2·2371²).
	stU := st.AlphaU
	if math.Abs(stU.Observed-2*11188/(6*L*L)) > 1e-15 {
		t.Errorf("STATEMENT D_o = %g, want %g", stU.Observed, 2*11188/(6*L*L))
	}
	if stU.Used != 44 || stU.ExcludedCount() != 3 {
		t.Errorf("STATEMENT α_U used %d spans, excluded %v; want 44 and 3 overlapping", stU.Used, stU.Excluded)
	}
	// Overall α_U = 1 − mean D_o / mean D_e over the six labels.
	var sumDo, sumDe float64
	for _, c := range all.AlphaU.Categories {
		sumDo += c.Observed
		sumDe += c.Expected
	}
	eq(t, "α_U all labels", all.AlphaU, 1-sumDo/sumDe, 203)

	// Attribution, on matched statements: ana–ben 15, ana–cai 16, ben–cai 15
	// = 46. Speaker: ben's s10 and s11 and cai's s8 resolve "he" through
	// coref to Dmitry Peskov (agree); cai's s6 is Vladimir Putin (differs in
	// ana–cai and ben–cai): 15 + 15 + 14 = 44. Cue: ben's s7 differs in
	// ana–ben and ben–cai: 14 + 16 + 14 = 44. s13 is tagged by one analyst
	// of the pair in ana–ben and ben–cai: 2 excluded.
	eq(t, "speaker accuracy", rep.Attribution.Speaker, 44.0/46, 46)
	eq(t, "cue accuracy", rep.Attribution.Cue, 44.0/46, 46)
	if rep.Attribution.Speaker.ExcludedCount() != 2 {
		t.Errorf("speaker accuracy excluded %v, want 2", rep.Attribution.Speaker.Excluded)
	}
	// Attribution F1 = 2(15 + 15 + 14)/(31 + 32 + 31) = 88/94.
	eq(t, "attribution F1", rep.Attribution.F1, 88.0/94, 94)

	// Stance: 15 items (statement, target). Twelve are unanimous (8 FAVOR:
	// h1, d1, s1, s2, s3, s4/T5, s4/T2, s11; 3 AGAINST: s7, s9, s10;
	// 1 NONE: s14); s5/T1 = (A, F, A); s12/T3 = (F, F, N); s13/T3 = (N, –, N).
	// α: coincidences o_FF = 8·3 + 1 = 25, o_AA = 3·3 + 1 = 10,
	// o_NN = 3 + 2 = 5, o_AF = o_FA = 1, o_FN = o_NF = 1; n_F = 27, n_A = 11,
	// n_N = 6, n = 44. D_o = 4/44, D_e = (44² − 27² − 11² − 6²)/(44·43)
	// = 1050/1892, α = 1 − (4·1892)/(44·1050).
	eq(t, "stance α", rep.Stance.Alpha, 1-4.0*1892/(44*1050), 15)
	// Fleiss over the 14 complete items: P̄ = (12 + 2·(1/3))/14 = 38/42;
	// p = (27, 11, 4)/42, P̄e = 866/1764; κ = (1596 − 866)/(1764 − 866) = 730/898.
	eq(t, "stance Fleiss κ", rep.Stance.Fleiss, 730.0/898, 14)
	// AC1 with q = 3: p_a = (13 + 2/3)/15 = 41/45; π_F = 9/15, π_A = 11/45,
	// π_N = 7/45; p_e = (0.24 + 374/2025 + 266/2025)/2 = 563/2025;
	// AC1 = (1845 − 563)/(2025 − 563) = 1282/1462.
	eq(t, "stance AC1", rep.Stance.AC1, 1282.0/1462, 15)
	eq(t, "stance percent", rep.Stance.Percent, 41.0/45, 15)
	if rep.Stance.Kappa.Defined {
		t.Errorf("Cohen's κ over three analysts: %v, want undefined", rep.Stance.Kappa)
	}

	// Pairs. Stance κ (items both labelled):
	//   ana–ben: 14 (s13 incomplete), 13 agree; ana F9 A4 N1, ben F10 A3 N1:
	//            A_e = 103/196, κ = (182 − 103)/(196 − 103) = 79/93
	//   ana–cai: 15, 14 agree; ana F9 A4 N2, cai F8 A4 N3: A_e = 94/225,
	//            κ = (210 − 94)/(225 − 94) = 116/131
	//   ben–cai: 14, 12 agree; ben F10 A3 N1, cai F8 A4 N2: A_e = 94/196,
	//            κ = (168 − 94)/(196 − 94) = 74/102
	// F1 over all labels as above; attribution F1 30/31, 30/32, 28/31.
	wantPairs := []struct {
		a, b               string
		exact, overlap, af float64
		kappa              float64
	}{
		{"ana", "ben", 2.0 * 66 / 137, 2.0 * 68 / 137, 30.0 / 31, 79.0 / 93},
		{"ana", "cai", 2.0 * 68 / 138, 2.0 * 69 / 138, 30.0 / 32, 116.0 / 131},
		{"ben", "cai", 2.0 * 65 / 137, 2.0 * 68 / 137, 28.0 / 31, 74.0 / 102},
	}
	if len(rep.Pairs) != 3 {
		t.Fatalf("%d pairs, want 3", len(rep.Pairs))
	}
	for i, w := range wantPairs {
		p := rep.Pairs[i]
		if p.A != w.a || p.B != w.b {
			t.Fatalf("pair %d is %s–%s, want %s–%s", i, p.A, p.B, w.a, w.b)
		}
		eq(t, w.a+"–"+w.b+" F1 exact", p.F1Exact, w.exact, -1)
		eq(t, w.a+"–"+w.b+" F1 overlap", p.F1Overlap, w.overlap, -1)
		eq(t, w.a+"–"+w.b+" attribution F1", p.AttributionF1, w.af, -1)
		eq(t, w.a+"–"+w.b+" stance κ", p.StanceKappa, w.kappa, -1)
	}

	// Attributes. STATEMENT.quote_type over 16 units (s13 has two values):
	// 14 unanimous (11 indirect, 2 direct, 1 mixed), s4 = (mixed, mixed,
	// indirect), s13 = (indirect, –, indirect): o_ii = 33 + 2 = 35,
	// o_dd = 6, o_mm = 3 + 1 = 4, o_mi = o_im = 1; n = (36, 6, 5), 47.
	// α = 1 − (2/47)/((47² − 36² − 6² − 5²)/(47·46)) = 1 − 2·2162/(47·852).
	// CLAIM.checkworthy over 17 claims: 16 unanimous (9 yes, 7 no), c11 =
	// (yes, yes, no): n = (29, 22), 51; α = 1 − (2/51)/(2·29·22/(51·50)).
	// claim_type and verifiable agree everywhere: α = 1.
	wantAttr := map[string]float64{
		"STATEMENT.quote_type": 1 - 2.0*2162/(47*852),
		"CLAIM.checkworthy":    1 - (2.0/51)/(2.0*29*22/(51*50)),
		"CLAIM.claim_type":     1,
		"CLAIM.verifiable":     1,
	}
	for _, a := range rep.Attributes {
		if want, ok := wantAttr[a.Name]; ok {
			eq(t, a.Name+" α", a.Alpha, want, -1)
			delete(wantAttr, a.Name)
		}
	}
	if len(wantAttr) > 0 {
		t.Errorf("no figure for %v", wantAttr)
	}
	// Document labels agree, each with one value: undefined, one category.
	for _, d := range rep.DocLabels {
		if d.Alpha.Defined || d.Alpha.Reason != ReasonOneCategory {
			t.Errorf("doc label %s: %v, want undefined: one category only", d.Name, d.Alpha)
		}
	}

	// Diagnosis: span s3 (boundaries), s13 (not tagged by ben), s14
	// (boundaries), cue8 (boundaries); s4 quote_type; c11 checkworthy; s5 and
	// s12 stance; s6 speaker; s7 cue = 10 rows.
	got := map[string]int{}
	for _, d := range rep.Diagnosis {
		got[string(d.Aspect)+" "+d.Label]++
	}
	want := map[string]int{"span STATEMENT": 3, "span CUE": 1, "attributes STATEMENT": 1, "attributes CLAIM": 1,
		"stance STATEMENT": 2, "speaker STATEMENT": 1, "cue STATEMENT": 1}
	if len(rep.Diagnosis) != 10 || !mapsEqual(got, want) {
		t.Errorf("diagnosis: %d rows %v, want 10 %v", len(rep.Diagnosis), got, want)
	}
	if len(rep.PerDocument) != 1 || rep.PerDocument[0].Disagreements != 10 {
		t.Errorf("per-document table: %+v", rep.PerDocument)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
