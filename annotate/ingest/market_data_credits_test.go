package ingest

import "testing"

func TestMarketDataCredit(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Market data provided by Quotient Data Services. Not investment advice.", true},
		{"Share prices supplied by Exchangeline. Prices delayed by at least 15 minutes.", true},
		{"Stock quotes powered by Tickerhub", true},
		{"Financial data is provided by Morrow Analytics. This is not financial advice.", true},
		{"Market data provided by the exchange showed shares fell 12% in an hour.", false},
		{"Market data provided by Quotient showed the shares falling, analysts said.", false},
		{"Share prices supplied by brokers are often out of date, the regulator warned.", false},
		{"Market data provided by Quotient Data Services. The shares closed at 412p.", false},
	}
	for _, tt := range tests {
		if got := marketDataCredit(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("marketDataCredit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
