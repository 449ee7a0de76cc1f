package ingest

import (
	"strings"
	"testing"
)

func TestPlayerLinkLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"bracketed, hours and minutes", "[Listen again on Radio Cresswell Player - 2 hr 58 min]", true},
		{"watch again, minutes", "Watch again on StreamBox – 45 mins", true},
		{"clock running time", "(Listen back via Wavely: 1:04:30)", true},
		{"no running time", "[Listen again on Radio Cresswell Player]", false},
		{"words after the time", "Listen again on Radio Cresswell - 2 hr 58 min of calls about the bypass", false},
		{"sentence", "Listen again on Monday to hear the councillor explain the plan in 5 min", false},
		{"listen to", "Listen to the interview on Radio Cresswell - 12 min", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := playerLinkLine(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
				t.Errorf("playerLinkLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
