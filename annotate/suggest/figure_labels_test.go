package suggest

import "testing"

// TestFigureLabels: a chart, table or map label before a figure's title is
// no speaker, whether in title case or capitals, while a person's name
// label in the same transcript shape still speaks.
func TestFigureLabels(t *testing.T) {
	tests := []suggestCase{
		{"chart and table labels in title case",
			"Pharmacies are closing.\n\nChart: Pharmacies lost by district, 2021–2025\n\nThe figures come from the health board.\n\nChart: Value of the pharmacy contract, 2016–2025\n\nTable: The districts with the largest falls\n\nThe board did not comment.",
			nil},
		{"a map label in capitals",
			"Pharmacies are closing.\n\nMAP: Where the pharmacies have closed since 2021\n\nThe board did not comment.",
			nil},
		{"a graphic label",
			"Pharmacies are closing.\n\nGraphic: How the contract has shrunk\n\nThe board did not comment.",
			nil},
		{"name labels still speak",
			"Ann Roe and Kit Hale spoke on the show.\n\nKit: We lost three pharmacies this year.\n\nAnn: And the fourth is going in May.\n\nKit: Nobody asked us.",
			[]suggestion{
				{"We lost three pharmacies this year.", "Kit", "Kit Hale", "", "T", "direct"},
				{"And the fourth is going in May.", "Ann", "Ann Roe", "", "T", "direct"},
				{"Nobody asked us.", "Kit", "Kit Hale", "", "T", "direct"},
			}},
		{"a statement about a chart is still one",
			"Pharmacies are closing.\n\nThe minister said the chart in the report was wrong.",
			[]suggestion{{"the chart in the report was wrong", "The minister", "minister", "said", "I1", "indirect"}}},
		{"a table of contents quoted by a speaker",
			"Pharmacies are closing.\n\n“Table: it is the one thing we never ran out of,” the pharmacist said.",
			[]suggestion{{"“Table: it is the one thing we never ran out of,”", "the pharmacist", "pharmacist", "said", "D2", "direct"}}},
	}
	checkSuggestCases(t, tests)
}
