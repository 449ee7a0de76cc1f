package agree

import (
	"math"
	"slices"
	"sort"
	"strconv"
)

// The coding coefficients below take reliability data as a matrix: items[i]
// holds one value per coder for item i, in the same coder order for every
// item, and "" is a missing value (that coder did not rate the item). Their
// doc comments give the formula and where it comes from; their tests use the
// published examples listed in agreement_test.go.

// Metric is Krippendorff's difference function δ² between two values.
type Metric int

// The metrics of Krippendorff's α. Nominal compares values as labels; the
// others read them as numbers.
const (
	Nominal  Metric = iota // δ²(c,k) = 0 if c = k, else 1
	Ordinal                // δ²(c,k) = (Σ_{g=c..k} n_g − (n_c+n_k)/2)², over the values in order
	Interval               // δ²(c,k) = (c − k)²
	Ratio                  // δ²(c,k) = ((c − k)/(c + k))²
)

// String names the metric as the report prints it.
func (m Metric) String() string {
	switch m {
	case Ordinal:
		return "ordinal"
	case Interval:
		return "interval"
	case Ratio:
		return "ratio"
	}
	return "nominal"
}

// itemCounts is one item's values, counted per category index.
type itemCounts struct {
	counts map[int]int
	m      int // number of values
}

// codingTable indexes the categories of a reliability matrix and counts
// each item's values.
// pairAgreement is the share of the item's ordered pairs of values (of
// m(m-1)) that agree; the item needs two values or more.
func (it itemCounts) pairAgreement() float64 {
	agree := 0
	for _, n := range it.counts {
		agree += n * (n - 1)
	}
	return float64(agree) / float64(it.m*(it.m-1))
}

type codingTable struct {
	coders     int
	categories []string // in first-seen order
	index      map[string]int
	items      []itemCounts
}

func newCodingTable(items [][]string) *codingTable {
	t := &codingTable{index: map[string]int{}}
	for _, row := range items {
		t.coders = max(t.coders, len(row))
	}
	for _, row := range items {
		ic := itemCounts{counts: map[int]int{}}
		for _, v := range row {
			if v == "" {
				continue
			}
			c, ok := t.index[v]
			if !ok {
				c = len(t.categories)
				t.index[v] = c
				t.categories = append(t.categories, v)
			}
			ic.counts[c]++
			ic.m++
		}
		t.items = append(t.items, ic)
	}
	return t
}

// PercentAgreement is the observed agreement A_o: for each item rated by at
// least two coders, the share of agreeing ordered pairs of its values,
// P_i = Σ_k n_ik(n_ik − 1) / (m_i(m_i − 1)), averaged over those items. With
// two coders it is the share of items on which they agree (Fleiss 1971, for
// a constant number of raters; Artstein & Poesio 2008, "Inter-coder
// agreement for computational linguistics", Computational Linguistics 34(4)).
// Items with fewer than two values are excluded as single-rated.
func PercentAgreement(items [][]string) Result {
	const name = "percent agreement"
	t := newCodingTable(items)
	used, single, unrated := 0, 0, 0
	sum := 0.0
	for _, it := range t.items {
		switch {
		case it.m == 0:
			unrated++
			continue
		case it.m == 1:
			single++
			continue
		}
		used++
		sum += it.pairAgreement()
	}
	ex := exclusions(ExcludedSingleRated, single, ExcludedUnrated, unrated)
	if len(items) == 0 {
		return undefined(name, ReasonNoItems, 0, "items", nil)
	}
	if used == 0 {
		return undefined(name, ReasonSingleRated, 0, "items", ex)
	}
	r := defined(name, sum/float64(used), used, "items", ex)
	r.Observed = r.Value
	return r
}

// twoCoders collects the items both of exactly two coders rated, as pairs of
// category indexes, with the exclusions.
func twoCoders(name string, items [][]string) (t *codingTable, pairs [][2]int, ex []Exclusion, bad *Result) {
	t = newCodingTable(items)
	if len(items) == 0 {
		r := undefined(name, ReasonNoItems, 0, "items", nil)
		return t, nil, nil, &r
	}
	if t.coders != 2 {
		r := undefined(name, ReasonTwoCoders, 0, "items", nil)
		return t, nil, nil, &r
	}
	incomplete, unrated := 0, 0
	for _, row := range items {
		a, b := "", ""
		if len(row) > 0 {
			a = row[0]
		}
		if len(row) > 1 {
			b = row[1]
		}
		switch {
		case a == "" && b == "":
			unrated++
		case a == "" || b == "":
			incomplete++
		default:
			pairs = append(pairs, [2]int{t.index[a], t.index[b]})
		}
	}
	ex = exclusions(ExcludedIncomplete, incomplete, ExcludedUnrated, unrated)
	if len(pairs) == 0 {
		r := undefined(name, ReasonNoCompletion, 0, "items", ex)
		return t, nil, ex, &r
	}
	return t, pairs, ex, nil
}

// chanceCorrected finishes a coefficient (A_o − A_e)/(1 − A_e) over the
// categories the used items show.
func chanceCorrected(name string, ao, ae float64, used, cats int, ex []Exclusion) Result {
	if cats < 2 || ae >= 1 {
		r := undefined(name, ReasonOneCategory, used, "items", ex)
		r.Observed, r.Expected = ao, ae
		return r
	}
	r := defined(name, (ao-ae)/(1-ae), used, "items", ex)
	r.Observed, r.Expected = ao, ae
	return r
}

// marginals returns, for two coders' pairs, each coder's share of every
// category and the observed agreement.
func marginals(ncat int, pairs [][2]int) (p1, p2 []float64, ao float64, cats int) {
	p1, p2 = make([]float64, ncat), make([]float64, ncat)
	seen := make([]bool, ncat)
	agree := 0
	for _, p := range pairs {
		p1[p[0]]++
		p2[p[1]]++
		seen[p[0]], seen[p[1]] = true, true
		if p[0] == p[1] {
			agree++
		}
	}
	n := float64(len(pairs))
	for k := range p1 {
		p1[k] /= n
		p2[k] /= n
		if seen[k] {
			cats++
		}
	}
	return p1, p2, float64(agree) / n, cats
}

// CohenKappa is Cohen's κ for exactly two coders: κ = (A_o − A_e)/(1 − A_e)
// with A_e = Σ_k p_1k · p_2k, each coder's own distribution of categories
// (Cohen 1960, "A coefficient of agreement for nominal scales", Educational
// and Psychological Measurement 20(1):37–46). Items one coder left
// unrated are excluded as incomplete; with one category only it is
// undefined.
func CohenKappa(items [][]string) Result {
	const name = "Cohen's κ"
	t, pairs, ex, bad := twoCoders(name, items)
	if bad != nil {
		return *bad
	}
	p1, p2, ao, cats := marginals(len(t.categories), pairs)
	ae := 0.0
	for k := range p1 {
		ae += p1[k] * p2[k]
	}
	return chanceCorrected(name, ao, ae, len(pairs), cats, ex)
}

// ScottPi is Scott's π for exactly two coders: π = (A_o − A_e)/(1 − A_e) with
// A_e = Σ_k ((p_1k + p_2k)/2)², one distribution pooled over both coders
// (Scott 1955, "Reliability of content analysis: the case of nominal scale
// coding", Public Opinion Quarterly 19(3):321–325; Artstein & Poesio 2008).
// Incomplete items are excluded.
func ScottPi(items [][]string) Result {
	const name = "Scott's π"
	t, pairs, ex, bad := twoCoders(name, items)
	if bad != nil {
		return *bad
	}
	p1, p2, ao, cats := marginals(len(t.categories), pairs)
	ae := 0.0
	for k := range p1 {
		p := (p1[k] + p2[k]) / 2
		ae += p * p
	}
	return chanceCorrected(name, ao, ae, len(pairs), cats, ex)
}

// BennettS is Bennett, Alpert & Goldstein's S for exactly two coders:
// S = (A_o − 1/q)/(1 − 1/q), chance being a uniform choice among q
// categories (Bennett et al. 1954, Public Opinion Quarterly 18(3):303–308;
// Artstein & Poesio 2008). q counts categories and the values seen;
// pass nil to count only the values seen.
func BennettS(items [][]string, categories []string) Result {
	const name = "Bennett's S"
	t, pairs, ex, bad := twoCoders(name, items)
	if bad != nil {
		return *bad
	}
	_, _, ao, _ := marginals(len(t.categories), pairs)
	q := categoryCount(t, categories)
	ae := 1.0
	if q > 0 {
		ae = 1 / float64(q)
	}
	return chanceCorrected(name, ao, ae, len(pairs), q, ex)
}

// categoryCount is the size of the union of the given categories and the
// values seen.
func categoryCount(t *codingTable, categories []string) int {
	q := len(t.categories)
	for _, c := range categories {
		if _, seen := t.index[c]; !seen && c != "" {
			q++
		}
	}
	return q
}

// FleissKappa is Fleiss' κ for any fixed number m ≥ 2 of coders:
// κ = (P̄ − P̄_e)/(1 − P̄_e), with P̄ the mean over items of
// P_i = (Σ_j n_ij² − m)/(m(m − 1)) and P̄_e = Σ_j p_j², p_j = Σ_i n_ij/(N·m)
// (Fleiss 1971, "Measuring nominal scale agreement among many raters",
// Psychological Bulletin 76(5):378–382). Per category,
// κ_j = 1 − Σ_i n_ij(m − n_ij)/(N·m(m − 1)·p_j(1 − p_j)), as there. The
// formula needs every item rated by all m coders, so incomplete items are
// excluded.
func FleissKappa(items [][]string) Result {
	const name = "Fleiss' κ"
	t := newCodingTable(items)
	if len(items) == 0 {
		return undefined(name, ReasonNoItems, 0, "items", nil)
	}
	m := t.coders
	if m < 2 {
		return undefined(name, ReasonFewAnalysts, 0, "items", nil)
	}
	var complete []itemCounts
	incomplete, unrated := 0, 0
	for _, it := range t.items {
		switch {
		case it.m == m:
			complete = append(complete, it)
		case it.m == 0:
			unrated++
		default:
			incomplete++
		}
	}
	ex := exclusions(ExcludedIncomplete, incomplete, ExcludedUnrated, unrated)
	if len(complete) == 0 {
		return undefined(name, ReasonNoCompletion, 0, "items", ex)
	}
	N := float64(len(complete))
	mf := float64(m)
	pj := make([]float64, len(t.categories))
	pbar := 0.0
	for _, it := range complete {
		sq := 0
		for c, n := range it.counts {
			sq += n * n
			pj[c] += float64(n)
		}
		pbar += float64(sq-m) / (mf * (mf - 1))
	}
	pbar /= N
	pe := 0.0
	cats := 0
	for c := range pj {
		pj[c] /= N * mf
		pe += pj[c] * pj[c]
		if pj[c] > 0 {
			cats++
		}
	}
	r := chanceCorrected(name, pbar, pe, len(complete), cats, ex)
	if !r.Defined {
		return r
	}
	for c, cat := range t.categories {
		p := pj[c]
		cr := CategoryResult{Category: cat}
		if p <= 0 || p >= 1 {
			cr.Result = undefined("Fleiss' κ", ReasonOneCategory, len(complete), "items", nil)
		} else {
			dis := 0.0
			for _, it := range complete {
				n := float64(it.counts[c])
				dis += n * (mf - n)
			}
			cr.Result = defined("Fleiss' κ", 1-dis/(N*mf*(mf-1)*p*(1-p)), len(complete), "items", nil)
		}
		r.Categories = append(r.Categories, cr)
	}
	sortCategories(r.Categories)
	return r
}

// KrippendorffAlpha is Krippendorff's α for any number of coders with
// missing values: α = 1 − D_o/D_e. Items with fewer than two values (m_u < 2)
// are unpairable and excluded. From the coincidences
// o_ck = Σ_u (number of ordered pairs (c,k) within u)/(m_u − 1),
// n_c = Σ_k o_ck and n = Σ_c n_c: D_o = (1/n) Σ_{c,k} o_ck δ²(c,k) and
// D_e = (1/(n(n − 1))) Σ_{c,k} n_c n_k δ²(c,k), with δ² given by the metric
// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011, and
// Content Analysis, 2004, ch. 11; as in DKPro Statistics'
// KrippendorffAlphaAgreement and NLTK's AnnotationTask.alpha). With one value
// only among the pairable items it is undefined, where NLTK returns 1 and
// DKPro throws. Non-nominal metrics need numeric values. For the nominal
// metric each category also gets its own α: α over the same items with the
// values recoded as "this category" or "another" (DKPro's
// calculateCategoryAgreement).
func KrippendorffAlpha(items [][]string, metric Metric) Result {
	name := "Krippendorff's α (" + metric.String() + ")"
	t := newCodingTable(items)
	if len(items) == 0 {
		return undefined(name, ReasonNoItems, 0, "items", nil)
	}
	var pairable []itemCounts
	single, unrated := 0, 0
	for _, it := range t.items {
		switch {
		case it.m == 0:
			unrated++
		case it.m == 1:
			single++
		default:
			pairable = append(pairable, it)
		}
	}
	ex := exclusions(ExcludedSingleRated, single, ExcludedUnrated, unrated)
	if len(pairable) == 0 {
		return undefined(name, ReasonSingleRated, 0, "items", ex)
	}
	r := alphaOf(name, t.categories, pairable, metric, ex)
	if !r.Defined || metric != Nominal {
		return r
	}
	for c, cat := range t.categories {
		bin := make([]itemCounts, len(pairable))
		for i, it := range pairable {
			in := it.counts[c]
			bin[i] = itemCounts{counts: map[int]int{0: in, 1: it.m - in}, m: it.m}
		}
		cr := alphaOf(name, []string{cat, "other"}, bin, Nominal, nil)
		r.Categories = append(r.Categories, CategoryResult{Category: cat, Result: cr})
	}
	sortCategories(r.Categories)
	return r
}

// alphaOf computes α over pairable items whose counts index categories.
func alphaOf(name string, categories []string, items []itemCounts, metric Metric, ex []Exclusion) Result {
	k := len(categories)
	o := make([]float64, k*k)
	for _, it := range items {
		w := 1 / float64(it.m-1)
		for c, nc := range it.counts {
			for d, nd := range it.counts {
				pairs := nc * nd
				if c == d {
					pairs = nc * (nc - 1)
				}
				o[c*k+d] += float64(pairs) * w
			}
		}
	}
	nc := make([]float64, k)
	n := 0.0
	seen := 0
	for c := range k {
		for d := range k {
			nc[c] += o[c*k+d]
		}
		n += nc[c]
		if nc[c] > 0 {
			seen++
		}
	}
	if seen < 2 {
		return undefined(name, ReasonOneCategory, len(items), "items", ex)
	}
	delta, ok := differences(categories, nc, metric)
	if !ok {
		return undefined(name, ReasonNotNumeric, len(items), "items", ex)
	}
	do, de := 0.0, 0.0
	for c := range k {
		for d := range k {
			do += o[c*k+d] * delta[c*k+d]
			de += nc[c] * nc[d] * delta[c*k+d]
		}
	}
	do /= n
	de /= n * (n - 1)
	if de == 0 {
		r := undefined(name, ReasonOneCategory, len(items), "items", ex)
		r.Observed, r.Expected = do, de
		return r
	}
	r := defined(name, 1-do/de, len(items), "items", ex)
	r.Observed, r.Expected = do, de
	return r
}

// differences returns the matrix δ²(c,k) of the metric over the categories
// (with their pairable counts n_c for the ordinal metric); ok is false when
// a non-nominal metric meets a value that is not a number.
func differences(categories []string, nc []float64, metric Metric) ([]float64, bool) {
	k := len(categories)
	delta := make([]float64, k*k)
	if metric == Nominal {
		for c := range k {
			for d := range k {
				if c != d {
					delta[c*k+d] = 1
				}
			}
		}
		return delta, true
	}
	num := make([]float64, k)
	for c, s := range categories {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, false
		}
		num[c] = v
	}
	switch metric {
	case Interval:
		for c := range k {
			for d := range k {
				x := num[c] - num[d]
				delta[c*k+d] = x * x
			}
		}
	case Ratio:
		for c := range k {
			for d := range k {
				if s := num[c] + num[d]; s != 0 {
					x := (num[c] - num[d]) / s
					delta[c*k+d] = x * x
				}
			}
		}
	case Ordinal:
		order := make([]int, k) // categories by value
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return num[order[a]] < num[order[b]] })
		rank := make([]int, k)
		for r, c := range order {
			rank[c] = r
		}
		cum := make([]float64, k+1) // cum[r] = Σ n of ranks < r
		for r, c := range order {
			cum[r+1] = cum[r] + nc[c]
		}
		for c := range k {
			for d := range k {
				lo, hi := min(rank[c], rank[d]), max(rank[c], rank[d])
				x := cum[hi+1] - cum[lo] - (nc[c]+nc[d])/2
				delta[c*k+d] = x * x
			}
		}
	}
	return delta, true
}

// GwetAC1 is Gwet's first-order agreement coefficient for any number of
// coders with missing values: AC1 = (p_a − p_e)/(1 − p_e), where
// p_a = (1/n′) Σ_{i: r_i ≥ 2} Σ_k r_ik(r_ik − 1)/(r_i(r_i − 1)) over the n′
// items rated at least twice, p_e = (1/(q − 1)) Σ_k π_k(1 − π_k) and
// π_k = (1/n) Σ_i r_ik/r_i over the n items rated at least once (Gwet 2008,
// "Computing inter-rater reliability and its variance in the presence of high
// agreement", British Journal of Mathematical and Statistical Psychology
// 61(1):29–48; Gwet 2014, Handbook of Inter-Rater Reliability,
// 4th ed., ch. 4, for missing ratings; as irrCAC's gwet.ac1.raw computes
// it, github.com/kgwet/irrCAC at 7fb7509, R/agree.coeff3.raw.r, for items
// rated at least once). Unlike κ it stays near the observed
// agreement when one category dominates. q counts categories and the values
// seen (nil: only the values seen); with q < 2 it is undefined.
func GwetAC1(items [][]string, categories []string) Result {
	const name = "Gwet's AC1"
	t := newCodingTable(items)
	if len(items) == 0 {
		return undefined(name, ReasonNoItems, 0, "items", nil)
	}
	pi := make([]float64, len(t.categories))
	rated, pairable, single, unrated := 0, 0, 0, 0
	pa := 0.0
	for _, it := range t.items {
		if it.m == 0 {
			unrated++
			continue
		}
		rated++
		for c, n := range it.counts {
			pi[c] += float64(n) / float64(it.m)
		}
		if it.m == 1 {
			single++
			continue
		}
		pairable++
		pa += it.pairAgreement()
	}
	ex := exclusions(ExcludedSingleRated, single, ExcludedUnrated, unrated)
	if pairable == 0 {
		return undefined(name, ReasonSingleRated, 0, "items", ex)
	}
	pa /= float64(pairable)
	q := categoryCount(t, categories)
	if q < 2 {
		r := undefined(name, ReasonOneCategory, pairable, "items", ex)
		r.Observed = pa
		return r
	}
	pe := 0.0
	for c := range pi {
		p := pi[c] / float64(rated)
		pe += p * (1 - p)
	}
	pe /= float64(q - 1)
	return chanceCorrected(name, pa, pe, pairable, q, ex)
}

// sortCategories orders per-category results by category name.
func sortCategories(cs []CategoryResult) {
	slices.SortFunc(cs, func(a, b CategoryResult) int {
		switch {
		case a.Category < b.Category:
			return -1
		case a.Category > b.Category:
			return 1
		}
		return 0
	})
}
