package suggest

// issuedDocument tells whether head names a document rather than a
// spoken medium: "The company said in the filing …. The filing also said"
// speaks as the filing (guidelines §3: documents, filings and laws are
// speakers of their own), where "The statement said" is who issued it.
func issuedDocument(head string) bool {
	return issuedDocumentHeads[head]
}

var issuedDocumentHeads = words(`filing report letter submission`)
