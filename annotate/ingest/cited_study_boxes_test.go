package ingest

import (
	"strings"
	"testing"
)

func TestCitedStudyBox(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Read the study Lindqvist K, Amadi O et al. ‘Bees in the city’. Urban Ecology 9 (2025). Link", true},
		{"The paper Okafor AB, Reyes M. Salt marsh carbon after storms. Coastal Letters (2024) 3:112", true},
		{"Journal reference Hart J. et al. Glacier melt in the Alps. doi:10.5555/glac.2026.014", true},
		{"Read the study and you will see why farmers are worried about 2026.", false},
		{"Read the study Lindqvist K, Amadi O et al. wrote, the minister said, published in 2025", false},
		{"The paper Amadi wrote in 2025 changed how councils plant verges.", false},
	}
	for _, tt := range tests {
		if got := citedStudyBox(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("citedStudyBox(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
