package suggest

// closingOrgHeads are the words that make a name a body only when they
// close it ("Dunmore County Animal Shelter", "Brackley Donkey Sanctuary"):
// opening a name ("Shelter Cymru") they leave it to the other rules.
var closingOrgHeads = words(`shelter sanctuary hospice`)
