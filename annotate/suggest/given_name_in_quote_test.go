package suggest

import "testing"

// TestGivenNameInQuote: "he" or "she" speaking inside a quotation after
// the quoting speaker used a person's given name alone is that person,
// named in full before; a pronoun of the other gender, a quotation that
// names no one, or a given name no one named before in full stay as
// they were.
func TestGivenNameInQuote(t *testing.T) {
	tests := []speakerCase{
		{"a daughter by her given name",
			"Sophie Vale, 19, died in May. Karen Vale said the family had suffered. \"Sophie phoned me every night. She used to say, 'Mum, you worry too much about us all.' Now the phone is silent,\" her mother said.",
			[]speakerWant{{"'Mum, you worry too much about us all.'", "Sophie Vale"}}},
		{"a son mid-sentence",
			"Tom Reed, 19, died in May. Karen Vale said the family had suffered. \"Every night Tom phoned me. He used to say, 'Mum, you worry too much about us all.' Now the phone is silent,\" she said.",
			[]speakerWant{{"'Mum, you worry too much about us all.'", "Tom Reed"}}},
		{"a friend",
			"Lena Hart, 30, was lost at sea. Ruth Okafor said they had sailed together for years. \"Lena never panicked. She always said, 'The sea keeps its own hours, so we keep ours.' I miss that,\" she said.",
			[]speakerWant{{"'The sea keeps its own hours, so we keep ours.'", "Lena Hart"}}},
		{"a quotation naming no one stays",
			"Karen Vale said the family had suffered. \"Nobody phoned me. She used to say, 'Mum, you worry too much about us all.' Now the phone is silent,\" she said.",
			[]speakerWant{{"'Mum, you worry too much about us all.'", "Karen Vale"}}},
		{"a given name no one named in full stays",
			"Karen Vale said the family had suffered. \"Sophie phoned me every night. She used to say, 'Mum, you worry too much about us all.' Now the phone is silent,\" she said.",
			[]speakerWant{{"'Mum, you worry too much about us all.'", "Karen Vale"}}},
		{"the quoting speaker's own given name stays hers",
			"Karen Vale said the family had suffered. \"Karen, they told me, you must rest. She used to say, 'Mum, you worry too much about us all.' Now the phone is silent,\" she said.",
			[]speakerWant{{"'Mum, you worry too much about us all.'", "Karen Vale"}}},
	}
	checkSpeakerCases(t, "given name in quote", tests)
}
