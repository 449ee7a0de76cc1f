package suggest

import "testing"

// TestCompaniesWithoutSuffix: a company named without its "Ltd" or "plc"
// ("Stennet Clearance won …", then "Stennet Clearance Ltd") is no person a later
// "he" stands for, nor is its possessive ("Stennet's director"); near misses
// (a person's name with a given name or a title that a company also bears,
// a name with no suffixed form in the text) stay people.
func TestCompaniesWithoutSuffix(t *testing.T) {
	const lede = "Stennet Clearance won a five-year contract without a tender while Cllr Peter Hale chaired the committee.\n\n"
	tests := []canonicalCase{
		{"the company's possessive before a pronoun",
			lede + "Stennet Clearance Ltd was given the contract in May. His daughter is a driver at Stennet's depot.\n\nAsked about the contract on Tuesday, he said he had done nothing wrong.",
			"he had done nothing wrong", "Stennet Clearance", "Peter Hale"},
		{"the company's name with Holdings",
			"Ardley Removals bought the site while Cllr Peter Hale chaired the committee.\n\nArdley Removals Holdings paid £2m for it. His brother is a buyer at Ardley's head office.\n\nQuestioned about the sale, he said he had declared it.",
			"he had declared it", "Ardley Removals", "Peter Hale"},
		{"the company's name with Group",
			"Kell Brickworks won the contract while Cllr Peter Hale chaired the committee.\n\nKell Brickworks Group was paid £1m. His son is a manager at Kell's yard.\n\nAsked about the payments on Friday, he said the rules had been followed.",
			"the rules had been followed", "Kell Brickworks", "Peter Hale"},
		{"near miss: a person with a given name and a company in that name",
			"Tom Reed founded a haulage firm in 1998.\n\nTom Reed Ltd now runs 40 lorries. When the Herald asked Mr Reed about the contract, he said he had done nothing wrong.",
			"he had done nothing wrong", "", "Tom Reed"},
		{"near miss: a titled person whose name a company bears",
			"Mr Orbell Stanning runs the yard.\n\nOrbell Stanning Ltd was paid £1m. Mr Stanning said the rules had been followed.",
			"the rules had been followed", "", "Orbell Stanning"},
		{"near miss: no suffixed form in the text",
			"Peter Hale chaired the committee in May.\n\nHis sister is married to Tom Reed, the firm's sole director. When the Herald asked Mr Hale about the contract, he said he had done nothing wrong.",
			"he had done nothing wrong", "", "Peter Hale"},
	}
	checkCanonicalCases(t, tests)
}
