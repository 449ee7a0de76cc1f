package agree

import (
	"math"
	"strings"
	"testing"
)

// The vectors below are the published examples collected in
// ../shared/research/agreement-and-teams.md §3c (V1–V11, V15), written out
// here as Go tables. Sources: Krippendorff's "Computing Krippendorff's
// Alpha-Reliability" (2011) example C, Krippendorff 1980 and 2004, Artstein &
// Poesio 2008, Cohen 1960, Fleiss 1971, Hayes & Krippendorff 2007; the Fleiss
// 1971 matrix and the Gwet AC1 values are read from DKPro Statistics
// (github.com/dkpro/dkpro-statistics at f7f4f89, Fleiss1971Test.java,
// Cohen1960Test.java and Gwet2008Test.java).

// byCoder turns rows of one coder's values (space-separated, "." missing)
// into items (one row per item, one value per coder).
func byCoder(rows ...string) [][]string {
	var coders [][]string
	n := 0
	for _, r := range rows {
		f := strings.Fields(r)
		coders = append(coders, f)
		n = max(n, len(f))
	}
	items := make([][]string, n)
	for i := range items {
		items[i] = make([]string, len(coders))
		for c, vals := range coders {
			if i < len(vals) && vals[i] != "." {
				items[i][c] = vals[i]
			}
		}
	}
	return items
}

// byItem turns groups of values ("1 1 2 . 2 | 1 1 0 1 .") into items.
func byItem(groups string) [][]string {
	var items [][]string
	for _, g := range strings.Split(groups, "|") {
		var item []string
		for _, v := range strings.Fields(g) {
			if v == "." {
				v = ""
			}
			item = append(item, v)
		}
		if len(item) > 0 {
			items = append(items, item)
		}
	}
	return items
}

// repeat builds n items with the same values.
func repeat(n int, values ...string) [][]string {
	out := make([][]string, n)
	for i := range out {
		out[i] = values
	}
	return out
}

func join(parts ...[][]string) [][]string {
	var out [][]string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// pairs reads "(a,b)(c,d)…" into two-coder items.
func pairs(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, ")") {
		p = strings.Trim(strings.TrimSpace(p), "(")
		if p == "" {
			continue
		}
		out = append(out, strings.Split(p, ","))
	}
	return out
}

// matrix reads a contingency table (rows coder 1, columns coder 2, categories
// 1..k) into items.
func matrix(rows ...[]int) [][]string {
	var out [][]string
	for i, r := range rows {
		for j, n := range r {
			out = append(out, repeat(n, itoa(i+1), itoa(j+1))...)
		}
	}
	return out
}

func itoa(i int) string { return string(rune('0' + i)) }

var (
	v1 = byCoder(
		"1 2 3 3 2 1 4 1 2 . . .",
		"1 2 3 3 2 2 4 1 2 5 . 3",
		". 3 3 3 2 3 4 2 2 5 1 .",
		"1 2 3 3 2 4 4 1 2 5 1 .")
	v2 = byCoder(
		". . . . . 3 4 1 2 1 1 3 3 . 3",
		"1 . 2 1 3 3 4 3 . . . . . . .",
		". . 2 1 3 4 4 . 2 1 1 3 3 . 4")
	v3 = [][]string{{"YES", "NO", "NO"}, {"YES", "NO", ""}, {"", "", "NO"}}
	v4 = pairs("(0,0)(1,1)(0,1)(0,0)(0,0)(0,1)(0,0)(0,1)(1,0)(0,0)")
	v5 = join(pairs("(a,a)(a,b)"), repeat(4, "b", "b"), pairs("(b,c)"), repeat(5, "c", "c"))
	v6 = byItem("1 1 1 | 1 2 2 | 2 2 2 | 4 4 4 | 1 4 4 | 2 2 2 | 1 2 3 | 3 3 3 | 2 2 2")
	v7 = byItem(`1 1 2 . 2 | 1 1 0 1 . | 2 3 3 3 . | . 0 0 . 0 | 0 0 0 . 0 | 0 0 0 . 0 | 1 0 2 . 1 | 1 . 2 0 . | 2 2 2 . 2 | 2 1 1 1 . |
		. 1 0 0 . | 0 0 0 0 . | 1 2 2 2 . | 3 3 2 2 3 | 1 1 1 . 1 | 1 1 1 . 1 | 2 1 2 . 2 | 1 2 3 3 . | 1 1 0 1 . | 0 0 0 . 0 |
		0 0 1 1 . | 0 0 . 0 0 | 2 3 3 3 . | 0 0 0 0 . | 1 2 . 2 2 | 0 1 1 1 . | 0 0 0 1 0 | 1 2 1 2 . | 1 1 2 2 . | 1 1 2 . 2 |
		1 1 0 . 0 | 2 1 2 1 . | 2 2 . 2 2 | 3 2 2 2 . | 2 2 2 . 2 | 2 2 3 . 2 | 2 2 2 . 2 | 2 2 . 1 2 | 2 2 2 2 . | 1 1 1 . 1`)
	v8 = join(repeat(46, "STAT", "STAT"), repeat(6, "IReq", "STAT"), repeat(32, "IReq", "IReq"),
		repeat(6, "IReq", "Chck"), repeat(10, "Chck", "Chck"))
	v9 = join(repeat(20, "STAT", "STAT"), repeat(20, "IReq", "STAT"), repeat(10, "STAT", "IReq"),
		repeat(50, "IReq", "IReq"))
	v10       = matrix([]int{88, 14, 18}, []int{10, 40, 10}, []int{2, 6, 12})
	cohenEx1  = matrix([]int{25, 12, 3}, []int{13, 2, 15}, []int{12, 16, 2})
	v11       = byItem("4 4 4 4 4 4 | 2 2 2 5 5 5 | 2 3 3 3 3 5 | 5 5 5 5 5 5 | 2 2 2 4 4 4 | 1 1 3 3 3 3 | 3 3 3 3 5 5 | 1 1 3 3 3 4 | 1 1 4 4 4 4 | 5 5 5 5 5 5 | 1 4 4 4 4 4 | 1 2 4 4 4 4 | 2 2 2 3 3 3 | 1 4 4 4 4 4 | 2 2 4 4 4 5 | 3 3 3 3 3 5 | 1 1 1 4 5 5 | 1 1 1 1 1 2 | 2 2 4 4 4 4 | 1 3 3 5 5 5 | 5 5 5 5 5 5 | 2 4 4 4 4 4 | 2 2 4 5 5 5 | 1 1 4 4 4 4 | 1 4 4 4 4 5 | 2 2 2 2 2 4 | 1 1 1 1 5 5 | 2 2 4 4 4 4 | 1 3 3 3 3 3 | 5 5 5 5 5 5")
	v15       = pairs("(0,0)(0,0)(1,0)(1,0)(1,1)(1,1)(1,1)(1,1)(1,0)(1,0)(0,0)(0,0)(0,0)(0,0)(1,0)(1,1)(1,1)(1,0)(1,0)(1,0)(0,0)(0,0)(0,0)(0,0)")
	gwetHand  = join(repeat(8, "y", "y"), repeat(1, "n", "n"), repeat(1, "y", "n"))
	oneCat    = repeat(10, "y", "y")
	allSingle = [][]string{{"a", ""}, {"", "b"}, {"a", ""}}
)

func TestCodingVectors(t *testing.T) {
	tests := []struct {
		name      string
		got       Result
		want, tol float64
		obs, exp  float64 // checked when not zero
		used      int     // checked when not zero
	}{
		{"V1 α nominal", KrippendorffAlpha(v1, Nominal), 0.743421052632, 1e-9, 0.2, 0.779487, 11},
		{"V1 α interval", KrippendorffAlpha(v1, Interval), 0.849107, 1e-6, 0.433333, 2.871795, 11},
		{"V1 α ratio", KrippendorffAlpha(v1, Ratio), 0.797403, 1e-6, 0, 0, 0},
		{"V1 α ordinal", KrippendorffAlpha(v1, Ordinal), 0.815, 5e-4, 0, 0, 0},
		{"V2 α nominal", KrippendorffAlpha(v2, Nominal), 0.691358, 1e-6, 0, 0, 0},
		{"V2 α interval", KrippendorffAlpha(v2, Interval), 0.810845, 1e-6, 0, 0, 0},
		{"V3 α nominal", KrippendorffAlpha(v3, Nominal), -1.0 / 3, 1e-7, 0.8, 0.6, 2},
		{"V4 α nominal", KrippendorffAlpha(v4, Nominal), 0.095238, 1e-6, 0.4, 0.442105, 10},
		{"V4 percent", PercentAgreement(v4), 0.6, 1e-12, 0, 0, 10},
		{"V5 α nominal", KrippendorffAlpha(v5, Nominal), 0.734104, 1e-6, 0.166667, 0.626812, 12},
		{"V5 percent", PercentAgreement(v5), 0.833333, 1e-6, 0, 0, 0},
		{"V6 α nominal", KrippendorffAlpha(v6, Nominal), 0.641732, 1e-6, 0.259259, 0.723647, 9},
		{"V6 α interval", KrippendorffAlpha(v6, Interval), 0.547, 5e-4, 0, 0, 0},
		{"V6 α ratio", KrippendorffAlpha(v6, Ratio), 0.483, 5e-4, 0, 0, 0},
		{"V6 percent", PercentAgreement(v6), 0.740741, 1e-6, 0, 0, 0},
		{"V7 α ordinal", KrippendorffAlpha(v7, Ordinal), 0.759829, 1e-6, 0, 0, 40},
		{"V8 Cohen κ", CohenKappa(v8), 0.801325, 1e-6, 0.88, 0.396, 100},
		{"V8 Scott π", ScottPi(v8), 0.79953, 1e-5, 0.88, 0.4014, 0},
		{"V8 Bennett S", BennettS(v8, nil), 0.82, 1e-12, 0, 0, 0},
		// Published as 0.800 with D_e 0.601; exactly D_e = (200² − 98² − 76² − 26²)/(200·199)
		// = 23944/39800 = 0.601608 and α = 1 − 0.12/0.601608 = 0.800535.
		{"V8 α nominal", KrippendorffAlpha(v8, Nominal), 0.800535, 1e-6, 0.12, 0.601608, 0},
		{"V8 percent", PercentAgreement(v8), 0.88, 1e-12, 0, 0, 0},
		{"V9 Cohen κ", CohenKappa(v9), 0.348, 5e-4, 0.7, 0.54, 0},
		{"V9 Scott π", ScottPi(v9), 0.341, 5e-4, 0.7, 0.545, 0},
		{"V9 Bennett S", BennettS(v9, nil), 0.4, 1e-12, 0, 0, 0},
		{"V10 Cohen κ", CohenKappa(v10), 0.491525, 1e-6, 0.70, 0.41, 200},
		{"V10 Gwet AC1 (DKPro Gwet2008Test)", GwetAC1(v10, nil), 0.5760, 1e-4, 0.70, 0.2925, 0},
		{"Cohen 1960 ex. 1 Gwet AC1", GwetAC1(cohenEx1, nil), -0.0480, 1e-4, 0.29, 0.3225, 0},
		{"Gwet hand example AC1", GwetAC1(gwetHand, nil), 0.8658, 1e-4, 0.9, 0.255, 10},
		{"Gwet hand example Scott π", ScottPi(gwetHand), 0.6078, 1e-4, 0, 0, 0},
		{"V11 Fleiss κ", FleissKappa(v11), 0.430245, 1e-6, 0.5556, 0.2201, 30},
		{"V15 Cohen κ", CohenKappa(v15), 0.384615, 1e-6, 0, 0, 24},
		{"V15 Scott π", ScottPi(v15), 0.314286, 1e-6, 0, 0, 0},
		{"V15 α nominal", KrippendorffAlpha(v15, Nominal), 0.328571, 1e-6, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.got
			if !r.Defined {
				t.Fatalf("undefined (%s), want %.6f", r.Reason, tt.want)
			}
			if math.Abs(r.Value-tt.want) > tt.tol {
				t.Errorf("value %.7f, want %.7f ± %g", r.Value, tt.want, tt.tol)
			}
			if tt.obs != 0 && math.Abs(r.Observed-tt.obs) > 5e-4 {
				t.Errorf("observed %.6f, want %.6f", r.Observed, tt.obs)
			}
			if tt.exp != 0 && math.Abs(r.Expected-tt.exp) > 5e-4 {
				t.Errorf("expected %.6f, want %.6f", r.Expected, tt.exp)
			}
			if tt.used != 0 && r.Used != tt.used {
				t.Errorf("used %d items, want %d", r.Used, tt.used)
			}
		})
	}
}

func TestPerCategory(t *testing.T) {
	tests := []struct {
		name string
		r    Result
		want map[string]float64
		tol  float64
	}{
		// Fleiss 1971 p. 381 (DKPro Fleiss1971Test.testCategoryAgreement).
		{"V11 Fleiss κ_j", FleissKappa(v11), map[string]float64{"1": 0.248, "2": 0.248, "3": 0.517, "4": 0.470, "5": 0.565}, 0.005},
		// Krippendorff 1980 p. 139, category-specific α.
		{"V6 α nominal per value", KrippendorffAlpha(v6, Nominal), map[string]float64{"1": 0.381, "2": 0.711, "3": 0.717, "4": 0.764}, 5e-4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.r.Categories) != len(tt.want) {
				t.Fatalf("%d categories, want %d", len(tt.r.Categories), len(tt.want))
			}
			for c, want := range tt.want {
				got, ok := tt.r.Category(c)
				if !ok || !got.Defined || math.Abs(got.Value-want) > tt.tol {
					t.Errorf("category %s: %v, want %.3f", c, got, want)
				}
			}
		})
	}
}

// TestExclusions checks the counts of used and excluded items that the
// report prints next to each figure: V1's twelfth unit has one value only.
func TestExclusions(t *testing.T) {
	r := KrippendorffAlpha(v1, Nominal)
	if r.Used != 11 || r.ExcludedCount() != 1 || r.Excluded[0].Reason != ExcludedSingleRated {
		t.Errorf("V1: used %d, excluded %v; want 11 used, 1 single-rated", r.Used, r.Excluded)
	}
	if got, want := r.String(), "0.74 (used 11 items, 1 excluded: single-rated)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	// V3: d3 is single-rated; V2: the second and fourteenth units have no value.
	if r := KrippendorffAlpha(v2, Nominal); r.Used != 12 || r.ExcludedCount() != 3 {
		t.Errorf("V2: used %d, excluded %v; want 12 used, 1 single-rated and 2 unrated", r.Used, r.Excluded)
	}
	// Cohen's κ drops incomplete items (INCEpTION's "incomplete annotations
	// are always excluded").
	r = CohenKappa(join(v15, [][]string{{"1", ""}, {"", "0"}}))
	if r.Used != 24 || r.ExcludedCount() != 2 || math.Abs(r.Value-0.384615) > 1e-6 {
		t.Errorf("V15 with 2 incomplete items: %v", r)
	}
	// Fleiss' κ needs complete items: V11 plus one item rated by five coders.
	r = FleissKappa(join(v11, [][]string{{"1", "1", "1", "1", "1", ""}}))
	if r.Used != 30 || r.ExcludedCount() != 1 || math.Abs(r.Value-0.430245) > 1e-6 {
		t.Errorf("V11 with an incomplete item: %v", r)
	}
}

// TestUndefined checks that no coefficient prints NaN or a made-up 1 where it
// has nothing to say, and that each says why.
func TestUndefined(t *testing.T) {
	tests := []struct {
		name   string
		r      Result
		reason string
	}{
		{"α, one category", KrippendorffAlpha(oneCat, Nominal), ReasonOneCategory},
		{"κ, one category", CohenKappa(oneCat), ReasonOneCategory},
		{"π, one category", ScottPi(oneCat), ReasonOneCategory},
		{"AC1, one category", GwetAC1(oneCat, nil), ReasonOneCategory},
		{"Fleiss, one category", FleissKappa(oneCat), ReasonOneCategory},
		{"α, no items", KrippendorffAlpha(nil, Nominal), ReasonNoItems},
		{"κ, no items", CohenKappa(nil), ReasonNoItems},
		{"percent, no items", PercentAgreement(nil), ReasonNoItems},
		{"α, single-rated only", KrippendorffAlpha(allSingle, Nominal), ReasonSingleRated},
		{"AC1, single-rated only", GwetAC1(allSingle, nil), ReasonSingleRated},
		{"percent, single-rated only", PercentAgreement(allSingle), ReasonSingleRated},
		{"κ, nothing complete", CohenKappa(allSingle), ReasonNoCompletion},
		{"κ, three coders", CohenKappa(v6), ReasonTwoCoders},
		{"α interval, words", KrippendorffAlpha(v8, Interval), ReasonNotNumeric},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.r.Defined || tt.r.Reason != tt.reason {
				t.Errorf("got %v, want undefined: %s", tt.r, tt.reason)
			}
			if tt.r.Value != 0 {
				t.Errorf("undefined result carries value %v", tt.r.Value)
			}
			if s := tt.r.String(); !strings.HasPrefix(s, "undefined: "+tt.reason) {
				t.Errorf("String() = %q", s)
			}
		})
	}
	// A category set larger than the values seen keeps AC1 and S defined:
	// stance labels FAVOR, AGAINST, NONE with only FAVOR used.
	r := GwetAC1(repeat(4, "FAVOR", "FAVOR"), []string{"FAVOR", "AGAINST", "NONE"})
	// π_FAVOR = 1, the others 0: p_e = 0, AC1 = p_a = 1.
	if !r.Defined || r.Value != 1 {
		t.Errorf("AC1 with the full category set: %v, want 1", r)
	}
}
