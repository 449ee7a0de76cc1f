package ingest

import (
	"strings"
	"testing"
)

func TestAffiliationLine(t *testing.T) {
	for _, s := range []string{
		"Marta Oyelowo is at the Department of Soil Science, University of Tarnby.",
		"Ben Hale and Kiri Tane are in the School of Physics, Wexmoor University.",
		"Li Wen is at the Institute for Coastal Research.",
	} {
		if !affiliationLine(s, wordCount(s)) {
			t.Errorf("affiliationLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Marta Oyelowo is at the University of Tarnby today to give a lecture.",
		"Marta Oyelowo is at the heart of the new project.",
		"Marta Oyelowo, who is at the Department of Soil Science, said the results were clear.",
		"Ben Hale is in the School of Physics, the university said.",
	} {
		if affiliationLine(s, wordCount(s)) {
			t.Errorf("affiliationLine(%q) = true, want false", s)
		}
	}
}

func TestRemoveReferenceLists(t *testing.T) {
	story := []string{
		"Seagrass meadows were thought to hold little carbon.",
		"A new survey, Hale and colleagues report, finds otherwise (Tane et al., 2024).",
		"Other scientists were cautious about the figures.",
	}
	run := func(tail []string, items []string) ([]junk, [][]string) {
		var units []unit
		for _, s := range append(append([]string{}, story...), tail...) {
			units = append(units, unit{text: s})
		}
		for k, s := range items {
			units = append(units, unit{text: s, item: []string{"1. ", "2. ", "3. "}[k]})
		}
		kinds := make([]junk, len(units))
		removed := make([][]string, len(units))
		wc := make([]int, len(units))
		for i, u := range units {
			wc[i] = wordCount(u.text)
		}
		removeReferenceLists(units, kinds, removed, wc)
		return kinds, removed
	}
	kinds, removed := run([]string{"References"}, []string{
		"Hale, B. et al. Carbon under seagrass. J. Coast. Sci. 12, 1–9 (2026).",
		"Tane, K. & Wen, L. Meadow budgets. Mar. Lett. 4, 22–30 (2024).",
	})
	if kinds[3] == keep || kinds[4] == keep || kinds[5] == keep || kinds[2] != keep {
		t.Errorf("references list: kinds %v", kinds)
	}
	if got := strings.Join(removed[4], ""); !strings.HasPrefix(got, "1. Hale, B.") {
		t.Errorf("removed item = %q, want its number", got)
	}
	// a newsletter's list cites bodies as well as people
	kinds, _ = run([]string{"References"}, []string{
		"Hale, B. & Tane, K. (2026). Carbon under seagrass. Coastal Science 12, 1–9.",
		"Marren Harbour Board. Dredging notice HB/2026/14: the outer channel. 3 May 2026.",
		"Seagrass Trust (2024). Meadows of the north coast: a survey.",
	})
	if kinds[3] == keep || kinds[4] == keep || kinds[5] == keep || kinds[6] == keep || kinds[2] != keep {
		t.Errorf("references list citing bodies: kinds %v", kinds)
	}
	// near-misses: a body's line without a year, a sentence of the story
	for _, item := range []string{
		"Marren Harbour Board. Dredging notice for the outer channel.",
		"Tane said the meadows grew. In 2024 they doubled.",
		"The board met in 2026. It agreed to dredge.",
	} {
		kinds, _ = run([]string{"References"}, []string{"Seagrass Trust (2024). Meadows of the north coast: a survey.", item})
		for i, k := range kinds {
			if k != keep {
				t.Errorf("list with %q: unit %d removed", item, i)
			}
		}
	}
	// near-misses: a "References" heading over prose, or too early
	kinds, _ = run([]string{"References", "Her references were glowing, the committee heard in 2025."}, nil)
	for i, k := range kinds {
		if k != keep {
			t.Errorf("prose after the heading: unit %d removed", i)
		}
	}
	var units []unit
	for _, s := range []string{"References", "Hale, B. et al. Carbon under seagrass. J. Coast. Sci. 12, 1–9 (2026).", "The story goes on."} {
		units = append(units, unit{text: s})
	}
	kinds = make([]junk, len(units))
	removeReferenceLists(units, kinds, make([][]string, len(units)), []int{1, 14, 4})
	for i, k := range kinds {
		if k != keep {
			t.Errorf("heading at the top: unit %d removed", i)
		}
	}
}
