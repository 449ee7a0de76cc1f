package ingest

import (
	"strings"
	"testing"
)

func TestProgrammeSlotLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"every weekday from", "Drive with Sam Ode is on Radio Cresswell every weekday from 4pm.", true},
		{"airs on Sundays at", "The Sunday Phone-in airs on Valley FM on Sundays at 10am.", true},
		{"range of hours", "Mornings with Priya is on Harbour Sound Monday to Friday from 6 to 9am.", true},
		{"every Saturday", "Farming Today is broadcast on Radio Kelby every Saturday at 6.30am", true},
		{"past tense", "Drive with Sam Ode was on Radio Cresswell every weekday from 4pm.", false},
		{"goes on after the hour", "The councillor is on Radio Cresswell every weekday from 6am until the vote.", false},
		{"reported", "Drive is on Radio Cresswell every weekday from 4pm, the station said.", false},
		{"no station", "The market is on every Saturday from 8am.", false},
		{"quoted", "\"The show is on Valley FM every weekday from 6am,\" she said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := programmeSlotLine(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
				t.Errorf("programmeSlotLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
