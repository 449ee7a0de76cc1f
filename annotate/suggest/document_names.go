package suggest

// documentNameHeads end the names of rules and guides ("the Healthy Homes
// Guidance", "the Safe Play Guidelines", "the Tenants' Handbook"): a
// document, never a person, so never what "he" or "she" stands for. Only a
// name's last word counts: a company's lowercase "guidance" on its revenue
// is no document that speaks.
var documentNameHeads = words(`guidance guidelines handbook manual charter code`)
