package suggest

import "testing"

// TestEndSpeakerBefore: a "…, it said." after a sentence a body ended
// ("…, the agency said.") is that body, not the name or place that opened
// the sentence before; a person, a body opening the sentence as its
// subject and crews stay as they were.
func TestEndSpeakerBefore(t *testing.T) {
	tests := []speakerCase{
		{"a place opening the sentence before",
			"Water stood a metre deep in Harbour Street after the pumps failed, the regional flood agency said. About 900 people spent the night in church halls, it said.",
			[]speakerWant{{"About 900 people spent the night in church halls", "regional flood agency"}}},
		{"a firm opening the sentence before",
			"Tarvin Haulage lost two lorries in the blaze, the county fire service said. The fire was put out by midnight, it said.",
			[]speakerWant{{"The fire was put out by midnight", "county fire service"}}},
		{"a haulier opening the sentence before",
			"Carrick Freight lost a warehouse and six trailers overnight, the regional fire service said. Nobody was in the building at the time, it said.",
			[]speakerWant{{"Nobody was in the building at the time", "regional fire service"}}},
		{"a person ending the sentence before",
			"Tarvin Haulage lost two lorries in the blaze, fire officer Dan Reid said. The company said the fire was put out by midnight.",
			[]speakerWant{{"the fire was put out by midnight", "Tarvin Haulage"}}},
		{"a body opening the sentence before",
			"The regional flood agency said water stood a metre deep in Harbour Street. About 900 people spent the night in church halls, it said.",
			[]speakerWant{{"About 900 people spent the night in church halls", "regional flood agency"}}},
		{"crews ending the sentence before",
			"Tarvin Haulage said its depot had burned down. Two lorries were lost, fire crews said. The depot would reopen in May, it said.",
			[]speakerWant{{"The depot would reopen in May", "Tarvin Haulage"}}},
	}
	checkSpeakerCases(t, "end speaker before", tests)
}
