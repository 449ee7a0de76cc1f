package agree

import (
	"cmp"
	"slices"
	"sort"
)

// Continuum is a unitizing study: the stretch [Begin, Begin+Length) of
// characters that every one of Coders coders read, and the segments each
// placed on it. Everything of a category that a coder did not mark is a gap.
type Continuum struct {
	Begin, Length int
	Coders        int
	Segments      []Segment
}

// Segment is one unit a coder marked on a continuum: Length characters from
// Start, in Category.
type Segment struct {
	Coder    int
	Category string
	Start    int
	Length   int
}

// Reasons a segment is left out of α_U.
const (
	ExcludedOverlap = "overlaps an earlier unit of the same analyst and label"
	ExcludedOutside = "outside the continuum"
)

const alphaUName = "Krippendorff's α_U"

// AlphaU is Krippendorff's unitizing α_U, character-based, with a result per
// category (in Categories) and overall, following DKPro Statistics'
// KrippendorffAlphaUnitizingAgreement (github.com/dkpro/dkpro-statistics at
// f7f4f89), after Krippendorff 1995 ("On the reliability of unitizing
// continuous data", Sociological Methodology 25:47–76) and 2004 (Content
// Analysis, 2nd ed.). For a category c, over L characters and R
// coders:
//
//   - observed: D_o(c) = 2 Σ_{pairs of coders} Σ δ²(u, v) / (R(R − 1) L²), walking
//     both coders' units and gaps of c in step, where δ² of two overlapping
//     units is (b₁ − b₂)² + (e₁ − e₂)², of a unit lying inside the other
//     coder's gap is its length squared, and 0 otherwise;
//   - expected: D_e(c) = (2/L) Σ_{units u of c} [(N_c − 1)(2l³ − 3l² + l)/3 +
//     l² Σ_{gaps g ≥ l}(g − l + 1)] / (R·L(R·L − 1) − Σ_u l(l − 1)), with N_c
//     the number of units of c and the gaps of c collected over all coders;
//   - α_c = 1 − D_o(c)/D_e(c), and overall α_U = 1 − mean_c D_o(c) / mean_c D_e(c).
//
// Units of one coder and category must not overlap: as INCEpTION does, the
// earliest starting (and of those the longest) is kept and the others are
// excluded. Where DKPro returns NaN (no units) or 0 (only zero-length units,
// whose length weighs nothing) the result is undefined with that reason.
func AlphaU(c Continuum) Result {
	if c.Coders < 2 {
		return undefined(alphaUName, ReasonFewAnalysts, 0, "units", nil)
	}
	if c.Length <= 0 {
		return undefined(alphaUName, ReasonNoItems, 0, "units", nil)
	}
	segs := slices.Clone(c.Segments)
	slices.SortFunc(segs, func(a, b Segment) int {
		return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(a.Coder, b.Coder),
			cmp.Compare(a.Start, b.Start), cmp.Compare(b.Length, a.Length))
	})
	end := c.Begin + c.Length
	// byCat[category][coder] lists the kept units in order.
	byCat := map[string][][]Segment{}
	var cats []string
	overlap, outside, used, mass := 0, 0, 0, false
	catOverlap := map[string]int{}
	prevCat, prevCoder, lastEnd := "", -1, 0
	for _, s := range segs {
		if s.Coder < 0 || s.Coder >= c.Coders || s.Length < 0 || s.Start < c.Begin || s.Start+s.Length > end {
			outside++
			continue
		}
		if s.Category == prevCat && s.Coder == prevCoder && s.Start < lastEnd {
			overlap++
			catOverlap[s.Category]++
			continue
		}
		prevCat, prevCoder, lastEnd = s.Category, s.Coder, s.Start+s.Length
		if byCat[s.Category] == nil {
			byCat[s.Category] = make([][]Segment, c.Coders)
			cats = append(cats, s.Category)
		}
		byCat[s.Category][s.Coder] = append(byCat[s.Category][s.Coder], s)
		used++
		mass = mass || s.Length > 0
	}
	ex := exclusions(ExcludedOverlap, overlap, ExcludedOutside, outside)
	if used == 0 {
		return undefined(alphaUName, ReasonNoSpans, 0, "units", ex)
	}
	if !mass {
		return undefined(alphaUName, ReasonNoMass, used, "units", ex)
	}
	sumDo, sumDe := 0.0, 0.0
	var per []CategoryResult
	for _, cat := range cats {
		units := byCat[cat]
		do := observedU(c.Begin, c.Length, units)
		de := expectedU(c.Begin, c.Length, units)
		sumDo += do
		sumDe += de
		n, catMass := 0, false
		for _, us := range units {
			n += len(us)
			for _, u := range us {
				catMass = catMass || u.Length > 0
			}
		}
		per = append(per, CategoryResult{Category: cat, Result: unitizingResult(do, de, n, catMass, exclusions(ExcludedOverlap, catOverlap[cat]))})
	}
	k := float64(len(cats))
	r := unitizingResult(sumDo/k, sumDe/k, used, true, ex)
	r.Categories = per
	sortCategories(r.Categories)
	return r
}

// unitizingResult turns D_o and D_e into α_U, undefined when nothing could
// be told from chance (D_e = 0); mass says whether any unit has a length.
func unitizingResult(do, de float64, used int, mass bool, ex []Exclusion) Result {
	var r Result
	switch {
	case !mass:
		r = undefined(alphaUName, ReasonNoMass, used, "units", ex)
	case de == 0:
		r = undefined(alphaUName, "no expected disagreement", used, "units", ex)
	case do == de:
		r = defined(alphaUName, 0, used, "units", ex)
	default:
		r = defined(alphaUName, 1-do/de, used, "units", ex)
	}
	r.Observed, r.Expected = do, de
	return r
}

// observedU is D_o for one category: every pair of coders' units and gaps
// walked in step, as DKPro's calculateObservedCategoryDisagreement does.
func observedU(begin, length int, units [][]Segment) float64 {
	R := len(units)
	end := begin + length
	sum := 0.0
	for r1 := range R {
		for r2 := r1 + 1; r2 < R; r2++ {
			u1, u2 := units[r1], units[r2]
			i1, i2 := 0, 0
			off1, len1, off2, len2 := begin, 0, begin, 0
			is1, is2 := false, false
			pos := begin
			for pos < end && (i1 < len(u1) || i2 < len(u2)) {
				if pos == off1+len1 {
					off1, len1, is1, i1 = nextSegment(pos, end, u1, i1)
				}
				if pos == off2+len2 {
					off2, len2, is2, i2 = nextSegment(pos, end, u2, i2)
				}
				sum += distanceU(off1, len1, is1, off2, len2, is2)
				pos = min(off1+len1, off2+len2)
			}
		}
	}
	L := float64(length)
	return 2 * sum / (float64(R*(R-1)) * L * L)
}

// nextSegment returns the segment starting at pos: the coder's next unit
// when it starts there, else the gap up to it (or to the end).
func nextSegment(pos, end int, units []Segment, i int) (off, length int, unit bool, next int) {
	if i < len(units) && units[i].Start == pos {
		return pos, units[i].Length, true, i + 1
	}
	to := end
	if i < len(units) {
		to = units[i].Start
	}
	return pos, to - pos, false, i
}

// distanceU is DKPro's measureDistance: δ² between two segments of two
// coders, each a unit (unit true) or a gap.
func distanceU(off1, len1 int, unit1 bool, off2, len2 int, unit2 bool) float64 {
	bd := float64(off1 - off2)
	ld := float64(len1 - len2)
	switch {
	case unit1 && unit2 && -float64(len1) < bd && bd < float64(len2):
		return bd*bd + (bd+ld)*(bd+ld)
	case unit1 && !unit2 && -ld >= bd && bd >= 0:
		return float64(len1) * float64(len1)
	case !unit1 && unit2 && -ld <= bd && bd <= 0:
		return float64(len2) * float64(len2)
	}
	return 0
}

// expectedU is D_e for one category, as DKPro's
// calculateExpectedCategoryDisagreement computes it, with the sum over gaps
// at least as long as a unit taken from suffix sums instead of a scan.
func expectedU(begin, length int, units [][]Segment) float64 {
	R := len(units)
	end := begin + length
	var gaps []float64
	nc := 0
	sqLen := 0.0
	for _, us := range units {
		pos := begin
		for _, u := range us {
			if u.Start > pos {
				gaps = append(gaps, float64(u.Start-pos))
			}
			pos = u.Start + u.Length
			nc++
			l := float64(u.Length)
			sqLen += l * (l - 1)
		}
		if pos < end {
			gaps = append(gaps, float64(end-pos))
		}
	}
	sort.Float64s(gaps)
	suffix := make([]float64, len(gaps)+1) // suffix[i] = Σ gaps[i:]
	for i := len(gaps) - 1; i >= 0; i-- {
		suffix[i] = suffix[i+1] + gaps[i]
	}
	sum := 0.0
	for _, us := range units {
		for _, u := range us {
			l := float64(u.Length)
			sum += float64(nc-1) * (2*l*l*l - 3*l*l + l) / 3
			i := sort.SearchFloat64s(gaps, l) // first gap ≥ l
			count := float64(len(gaps) - i)
			sum += l * l * (suffix[i] - (l-1)*count)
		}
	}
	L := float64(length)
	RL := float64(R) * L
	return sum * (2 / L) / (RL*(RL-1) - sqLen)
}
