package ingest

import (
	"strings"
	"testing"
)

func TestDashedCredit(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"-- Reporting by Ana Ferreira in Lisbon; editing by Tom Wade --", true},
		{"--Writing by Jonas Berg; editing by Ruth Ames--", true},
		{"-- Additional reporting by Mei Chen in Taipei --", true},
		{"-- Reporting by Omar Haddad; translation by Sara Levi; editing by Paul Kerr --", true},
		// near-misses: no closing dashes, a sentence between dashes, a quotation
		{"-- Reporting by Ana Ferreira in Lisbon", false},
		{"-- Reporting by local papers suggested the mayor knew, she said --", false},
		{"-- \"Editing by committee never works,\" he joked --", false},
		{"-- The ferry resumed sailing on Friday --", false},
	}
	for _, tt := range tests {
		if got := dashedCredit(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("dashedCredit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
