package app

import (
	"fmt"
	"log"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
	"newsmark/annotate/suggest"
	"newsmark/store"
)

// firstLook is what opening a document the analyst had never opened did
// to their layer: the suggestions it made (suggest.FirstLook), the
// document list's new line, or why none were made.
type firstLook struct {
	added int
	line  store.DocSummary
	err   error
}

// firstLook makes the analyst's suggestions for a document their layer
// holds nothing of, when the project suggests for new articles (the
// import made them for the analyst who imported only), and returns the
// layer read again. It runs off the UI goroutine, inside openDocument's
// work. A failure leaves the document to open as it was, and is said.
func (c *Controller) firstLook(st *store.Store, analyst string, doc *annotate.Document, ann *annotate.Annotations) (*annotate.Annotations, firstLook) {
	if !suggest.Untouched(ann) || !ingest.SuggestOnImport(c.ctx, st) {
		return ann, firstLook{}
	}
	n, err := suggest.FirstLook(c.ctx, st, analyst, doc, ann)
	if err != nil || n == 0 {
		return ann, firstLook{err: err}
	}
	again, err := st.Annotations(c.ctx, doc.ID, analyst)
	if err != nil {
		return ann, firstLook{err: err}
	}
	line, err := st.DocumentSummary(c.ctx, doc.ID, analyst)
	return again, firstLook{added: n, line: line, err: err}
}

// show tells the analyst, on the UI goroutine, after the document opened.
func (f firstLook) show(c *Controller) {
	switch {
	case f.err != nil:
		log.Printf("newsmark: suggest on first look: %v", f.err)
		c.say(fmt.Sprintf("no suggestions made for this document: %s", explain(f.err)))
	case f.added > 0:
		c.setDocLine(f.line)
	}
}
