package ingest

import (
	"strings"
	"testing"
)

func TestBracketedImageCredit(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Volunteers clear the flooded path beside the canal on Sunday (Image: Westmoor Gazette)", true},
		{"The old mill before the fire in 1998 (Picture: Tomlin family)", true},
		{"Firefighters at the scene on Harrow Lane (Photo: Ben Aske/PA)", true},
		{"A view of the new bridge from the east bank (Image: Supplied)", true},
		// near-misses: a reported sentence, a bracket mid-line, a lower-case note, too short
		{"The owner said the picture was taken in May (Image: Westmoor Gazette)", false},
		{"The image (Image: Westmoor Gazette) was later withdrawn by the council.", false},
		{"The hall was rebuilt after the war (image: see page 4)", false},
		{"Hall (Image: Tomlin family)", false},
	}
	for _, tt := range tests {
		if got := bracketedImageCredit(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("bracketedImageCredit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
