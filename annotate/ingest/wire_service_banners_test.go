package ingest

import (
	"strings"
	"testing"
)

// A wire agency's service banner over the slug line, in wordings no fixture
// uses, beside headlines in capitals that must stay.

func TestWireServiceBanners(t *testing.T) {
	for _, s := range []string{
		"EASTERN PRESS AGENCY -- BUSINESS NEWS SERVICE",
		"CAPITAL NEWS AGENCY | WORLD SERVICE",
		"THE MIDLAND AND BORDER COUNTIES NEWS AGENCY -- GENERAL NEWS WIRE",
		"BALTIC COAST PRESS AGENCY (BCPA) -- ENGLISH WIRE",
	} {
		if !serviceBanner(s) {
			t.Errorf("banner not found: %q", s)
		}
	}
	for _, s := range []string{
		"NEWS AGENCY STAFF STRIKE -- SERVICE CUT",
		"PRESS AGENCY SOLD TO RIVAL",
		"PRESS AGENCY (PA) STAFF WALK OUT -- NO SERVICE",
		"Eastern Press Agency -- Business News Service",
		"LOCAL NEWS AGENCY -- WHY WE CLOSED THE DESK TODAY AFTER FORTY YEARS OF SERVICE TO OUR READERS AND ADVERTISERS IN THE VALLEY",
	} {
		if serviceBanner(s) {
			t.Errorf("not a banner, taken as one: %q", s)
		}
	}

	page := "EASTERN PRESS AGENCY -- BUSINESS NEWS SERVICE\n" +
		"HARBOUR-FERRY/SALE (UPDATE 1)\n" +
		"Mon Mar 3, 2027 09:12 GMT\n\n" +
		"UPDATE 1-Holnstead Ferries agrees sale to Marlow Shipping\n\n" +
		"BRISTOL, March 3 (Eastern) - Holnstead Ferries said on Monday it had agreed to be bought by Marlow Shipping for 240 million pounds, ending a decade of independence for the island operator.\n\n" +
		"The sale needs the approval of the harbour board, which meets in April, and of the competition regulator.\n\n" +
		"Ines Marlow, Marlow Shipping's chief executive, said the combined fleet would keep every current route.\n\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "PRESS AGENCY") || !strings.HasPrefix(doc.Text, "Holnstead Ferries agrees sale") {
		t.Errorf("banner left or headline lost:\n%s", doc.Text)
	}
}
