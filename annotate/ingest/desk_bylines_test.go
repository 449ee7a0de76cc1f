package ingest

import "testing"

func TestDeskByline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"By Sara Lindqvist and Omar Haddad, Data team", true},
		{"By Petra Novak, Investigations unit", true},
		{"By Tom Ruane, Our health desk", true},
		{"By Kofi Mensah and Ada Byrne, Business desk", true},
		{"By Friday, the team had left the building", false},
		{"By March, Data team members had quit", false},
		{"By Tom Ruane, who covers health for the desk", false},
		{"By Sara Lindqvist and Omar Haddad", false}, // plain byline, the older rule's
	}
	for _, tt := range tests {
		if got := deskByline(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("deskByline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
