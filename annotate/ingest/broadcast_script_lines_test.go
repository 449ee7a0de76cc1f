package ingest

import "testing"

func TestScriptLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{`3. HARBOUR FIRE ........ 0'45"`, true},
		{`[4] BUS STRIKE  1'05"`, true},
		{`DUR: 0'21"  OUT: "...by the weekend."`, true},
		{`READER:`, true},
		{`PROGRAMME ENDS -- NEXT: 1800 (reader: Ann Tulloch)`, true},
		{`NOT FOR BROADCAST -- INTERNAL`, true},
		{`RUNNING ORDER`, true},
		{`3. The harbour fire burned for 45 minutes.`, false},
		{`[4] Bus drivers walked out at 1'05" past the hour, the union said`, false},
		{`CLIP: Ann Tulloch, Harbour Trust: "We lost everything in 0'45"."`, false},
		{`READER: Sam Okoro    PRODUCER: Bea Yard`, false},
		{`The bulletin ends with the weather.`, false},
		{`Not for publication, the minister told reporters.`, false},
	}
	for _, tt := range tests {
		if got := scriptLine(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("scriptLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
