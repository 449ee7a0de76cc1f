package ingest

import (
	"strings"
	"testing"
)

func TestReplyCall(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Missed a good line this week? Reply to this email and tell us who it was.", true},
		{"Spotted something we got wrong? Just hit reply.", true},
		{"We read every message. Simply reply to today’s newsletter with your tips.", true},
		{"Know a teacher who deserves a mention? Reply to this week’s bulletin.", true},
		// near-misses: reported, quoted or addressed to no reader
		{"Respond to the email within 24 hours or lose your benefit, the letter warned.", false},
		{"“Reply to this email with your bank details,” the message read.", false},
		{"The council did not reply to the email until March.", false},
		{"Reply to this email within a week to keep the booking.", false},
	}
	for _, tt := range tests {
		if got := replyCall(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("replyCall(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
