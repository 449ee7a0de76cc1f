package agree

import (
	"math"
	"testing"
)

// seg is a unit of coder in category, as (offset, length) like DKPro's
// addUnit(offset, length, rater, category).
func seg(start, length, coder int, category string) Segment {
	return Segment{Coder: coder, Category: category, Start: start, Length: length}
}

// v12 is Krippendorff 2004 p. 254 (DKPro unitizing/Krippendorff2004Test).
func v12() Continuum {
	return Continuum{Begin: 150, Length: 300, Coders: 2, Segments: []Segment{
		seg(225, 70, 0, "c"), seg(370, 30, 0, "c"), seg(220, 80, 1, "c"), seg(355, 20, 1, "c"), seg(400, 20, 1, "c"),
		seg(180, 60, 0, "k"), seg(300, 50, 0, "k"), seg(180, 60, 1, "k"), seg(300, 50, 1, "k"),
	}}
}

// v13 is DKPro's UnitizingAgreementTest.createExample: -11111111- against --1-1-1---.
func v13() Continuum {
	return Continuum{Length: 10, Coders: 2, Segments: []Segment{
		seg(1, 8, 0, "A"), seg(2, 1, 1, "A"), seg(4, 1, 1, "A"), seg(6, 1, 1, "A"),
	}}
}

// v14 is Krippendorff 1995 p. 57, four two-coder cases A–D on 24 positions,
// stretched (DKPro unitizing/Krippendorff1995Test.createExample).
func v14(stretch int) Continuum {
	s := func(start, length, coder int, cat string) Segment {
		return seg(start*stretch, length*stretch, coder, cat)
	}
	return Continuum{Length: 24 * stretch, Coders: 2, Segments: []Segment{
		s(2, 8, 0, "A"), s(14, 6, 0, "A"), s(4, 4, 1, "A"), s(15, 2, 1, "A"),
		s(0, 18, 0, "B"), s(0, 2, 1, "B"), s(2, 1, 1, "B"), s(3, 1, 1, "B"), s(4, 1, 1, "B"), s(5, 1, 1, "B"), s(6, 3, 1, "B"), s(9, 1, 1, "B"),
		s(2, 6, 0, "C"), s(10, 2, 0, "C"), s(14, 4, 0, "C"), s(20, 2, 0, "C"),
		s(0, 2, 1, "C"), s(4, 4, 1, "C"), s(10, 4, 1, "C"), s(16, 2, 1, "C"), s(20, 2, 1, "C"),
		s(0, 2, 0, "D"), s(2, 8, 0, "D"), s(10, 4, 0, "D"), s(14, 6, 0, "D"), s(20, 4, 0, "D"),
		s(0, 4, 1, "D"), s(4, 4, 1, "D"), s(8, 7, 1, "D"), s(15, 2, 1, "D"), s(17, 7, 1, "D"),
	}}
}

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f ± %g", what, got, want, tol)
	}
}

func category(t *testing.T, r Result, c string) Result {
	t.Helper()
	cr, ok := r.Category(c)
	if !ok {
		t.Fatalf("no result for category %q in %v", c, r.Categories)
	}
	return cr
}

func TestDistanceU(t *testing.T) {
	// DKPro's testDistanceMetric cases (offset, length, unit?) and the V12 and V13 checks.
	tests := []struct {
		o1, l1 int
		u1     bool
		o2, l2 int
		u2     bool
		want   float64
	}{
		{0, 1, false, 0, 2, false, 0},
		{1, 8, true, 0, 2, false, 0},
		{1, 8, true, 2, 1, true, 37},
		{1, 8, true, 3, 1, false, 0},
		{1, 8, true, 4, 1, true, 25},
		{1, 8, true, 6, 1, true, 29},
		{9, 2, false, 7, 4, false, 0},
		{225, 70, true, 220, 80, true, 50},
		{370, 30, true, 355, 20, true, 850},
		{400, 50, false, 400, 20, true, 400},
		{5, 6, true, 4, 2, true, 26},
		{5, 6, true, 6, 4, true, 2},
	}
	for _, tt := range tests {
		if got := distanceU(tt.o1, tt.l1, tt.u1, tt.o2, tt.l2, tt.u2); got != tt.want {
			t.Errorf("δ²(%d,%d,%v | %d,%d,%v) = %v, want %v", tt.o1, tt.l1, tt.u1, tt.o2, tt.l2, tt.u2, got, tt.want)
		}
	}
}

func TestAlphaUVectors(t *testing.T) {
	t.Run("V12 Krippendorff 2004", func(t *testing.T) {
		r := AlphaU(v12())
		if !r.Defined {
			t.Fatalf("undefined: %s", r.Reason)
		}
		near(t, "α_U", r.Value, 0.8591, 5e-4)
		c := category(t, r, "c")
		near(t, "D_o(c)", c.Observed, 0.0144, 1e-4)
		near(t, "D_e(c)", c.Expected, 0.0532, 1e-4)
		near(t, "α_c", c.Value, 0.7286, 1e-4)
		k := category(t, r, "k")
		near(t, "D_o(k)", k.Observed, 0, 1e-4)
		near(t, "D_e(k)", k.Expected, 0.0490, 1e-4)
		near(t, "α_k", k.Value, 1, 1e-4)
		if r.Used != 9 || c.Used != 5 || k.Used != 4 {
			t.Errorf("used %d units (c %d, k %d), want 9 (5, 4)", r.Used, c.Used, k.Used)
		}
	})
	t.Run("V13 small example", func(t *testing.T) {
		a := category(t, AlphaU(v13()), "A")
		near(t, "D_o(A)", a.Observed, 0.9100, 1e-4)
		near(t, "D_e(A)", a.Expected, 0.5351, 1e-4)
		near(t, "α_A", a.Value, -0.7003, 1e-4)
	})
	t.Run("V14 Krippendorff 1995 observed, stretch 1", func(t *testing.T) {
		r := AlphaU(v14(1))
		for c, want := range map[string]float64{"A": 0.03125, "B": 2.26736, "C": 0.02777, "D": 0.38715} {
			near(t, "D_o("+c+")", category(t, r, c).Observed, want, 1e-5)
		}
	})
	t.Run("V14 Krippendorff 1995, stretch 50000", func(t *testing.T) {
		// DKPro notes "a small error in the computation of D_E in the
		// original reference": its tolerances are 0.005 on D_e and 0.02 on α.
		r := AlphaU(v14(50000))
		want := map[string][2]float64{"A": {0.06990, 0.553}, "B": {1.17731, -0.926}, "C": {0.08642, 0.679}, "D": {0.41445, 0.066}}
		for c, w := range want {
			cr := category(t, r, c)
			near(t, "D_e("+c+")", cr.Expected, w[0], 0.005)
			near(t, "α_"+c, cr.Value, w[1], 0.02)
		}
	})
	t.Run("V14 C at growing stretch", func(t *testing.T) {
		// DKPro's testVaryingLengths: D_e(C) converges as the continuum grows.
		for _, tt := range []struct {
			stretch     int
			de, dtol, a float64
		}{{5, 0.08234, 0.005, 0.663}, {50, 0.08600, 0.005, 0.677}, {500, 0.08638, 0.005, 0.678}} {
			cr := category(t, AlphaU(v14(tt.stretch)), "C")
			near(t, "D_o(C)", cr.Observed, 0.02777, 1e-5)
			near(t, "D_e(C)", cr.Expected, tt.de, tt.dtol)
			near(t, "α_C", cr.Value, tt.a, 0.02)
		}
	})
}

// TestAlphaUEdges is V13's edge cases, with this package's answer where DKPro
// returns NaN or a 0.0 that only means "nothing to measure".
func TestAlphaUEdges(t *testing.T) {
	t.Run("single unit of length 1, three coders: α = 0", func(t *testing.T) {
		// D_o = 2·(1 + 1)/(3·2·20²) = 1/600; D_e = (2/20)·(1·59)/(3·20·59) = 1/600.
		r := AlphaU(Continuum{Length: 20, Coders: 3, Segments: []Segment{seg(0, 1, 0, "X")}})
		if !r.Defined || r.Value != 0 {
			t.Errorf("got %v, want 0", r)
		}
		near(t, "D_o", r.Observed, 1.0/600, 1e-12)
	})
	t.Run("empty study: undefined (DKPro: NaN)", func(t *testing.T) {
		r := AlphaU(Continuum{Length: 20, Coders: 3})
		if r.Defined || r.Reason != ReasonNoSpans {
			t.Errorf("got %v, want undefined: %s", r, ReasonNoSpans)
		}
	})
	for _, cats := range [][2]string{{"A", "B"}, {"A", "A"}} {
		t.Run("only zero-length units "+cats[0]+cats[1]+": undefined (DKPro: 0.0)", func(t *testing.T) {
			r := AlphaU(Continuum{Length: 15, Coders: 2, Segments: []Segment{seg(0, 0, 0, cats[0]), seg(0, 0, 1, cats[1])}})
			if r.Defined || r.Reason != ReasonNoMass {
				t.Errorf("got %v, want undefined: %s", r, ReasonNoMass)
			}
		})
	}
	t.Run("zero-length unit beside identical positive units: α = 1", func(t *testing.T) {
		r := AlphaU(Continuum{Length: 15, Coders: 2, Segments: []Segment{seg(0, 0, 0, "A"), seg(2, 5, 0, "A"), seg(2, 5, 1, "A")}})
		if !r.Defined || r.Value != 1 || r.Expected <= 0 {
			t.Errorf("got %v, want 1 with D_e > 0", r)
		}
	})
	t.Run("one coder: undefined", func(t *testing.T) {
		r := AlphaU(Continuum{Length: 15, Coders: 1, Segments: []Segment{seg(2, 5, 0, "A")}})
		if r.Defined || r.Reason != ReasonFewAnalysts {
			t.Errorf("got %v", r)
		}
	})
	t.Run("overlapping units of one coder: the earliest and longest is kept", func(t *testing.T) {
		// Coder 0 marks [2,7) and, inside it, [4,6): the inner one is dropped,
		// leaving the same study as two identical units.
		r := AlphaU(Continuum{Length: 15, Coders: 2, Segments: []Segment{seg(4, 2, 0, "A"), seg(2, 5, 0, "A"), seg(2, 5, 1, "A")}})
		if !r.Defined || r.Value != 1 || r.Used != 2 || r.ExcludedCount() != 1 || r.Excluded[0].Reason != ExcludedOverlap {
			t.Errorf("got %v", r)
		}
	})
}
