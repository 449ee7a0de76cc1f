package suggest

import "testing"

// TestPronounAfterRoleSubject: a speaking "she", "he" or "they" whose
// sentence follows a narrated sentence opening with a role description
// stands for that role: the person a member list gave it, or a plural or
// collective description; near misses (a statement before, a description
// that is no subject, two people of the role) are left as they were.
func TestPronounAfterRoleSubject(t *testing.T) {
	list := "Present: Brenda Holloway (Head Teacher); Marek Sobczak (Treasurer); Ingrid Tollefsen (Deputy Head).\n\n"
	tests := []canonicalCase{
		{"a role in the member list, subject of the sentence before",
			list + "The governors met in the library. Ingrid Tollefsen welcomed the parents.\n\nThe treasurer presented the accounts. He said the roof repairs would cost more than planned.",
			"the roof repairs would cost more than planned", "", "Marek Sobczak"},
		{"a collective owned by a name",
			"Ruairi Beattie died in hospital on Tuesday. The Coastguard Trust paid for the boat.\n\nRuairi's family have thanked the crew. In a message sent through the trust, they said that the crew had done everything possible.",
			"the crew had done everything possible", "Coastguard Trust", "family"},
		{"near miss: the sentence before is a statement",
			list + "Ingrid Tollefsen opened the meeting. The treasurer said the accounts were late. She said the inspection would come in spring.",
			"the inspection would come in spring", "Marek Sobczak", ""},
		{"near miss: the description is part of something else",
			list + "Ingrid Tollefsen spoke next. The report of the treasurer was noted. She said the inspection would come in spring.",
			"the inspection would come in spring", "Marek Sobczak", ""},
		{"near miss: the pronoun's gender is not the role holder's",
			list + "Ingrid Tollefsen spoke next. The treasurer presented the accounts. She said the inspection would come in spring.",
			"the inspection would come in spring", "Marek Sobczak", ""},
	}
	checkCanonicalCases(t, tests)
}
