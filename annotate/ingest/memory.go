package ingest

import (
	"errors"
	"fmt"
)

// ErrNeedsMemory is wrapped by ReadArticle's error for a file that would
// need more memory to import than the process may use.
var ErrNeedsMemory = errors.New("not enough memory to import this file")

// expansion is how many bytes of memory an import takes per byte of an
// article file at its peak (measured on 20 MB files: plain text 18×,
// Markdown 19×, HTML 24×, with the tree, the cleaned text, its runes and
// the store's copies).
const expansion = 24

// bigFile is a file large enough that two at once would double the
// import's peak: such files are read one at a time.
const bigFile = 1 << 20

// bigFiles is held while a big file is read and cleaned.
var bigFiles = make(chan struct{}, 1)

// checkMemory refuses a file of size bytes that would need more than half
// the memory the process may use (the other half is the program, the
// store and the files read beside it), with a reason that says how much
// it needs; with no limit set it refuses nothing.
func checkMemory(size int64) error {
	allow := memoryAllowance()
	if allow == 0 {
		return nil
	}
	need := uint64(size) * expansion
	if need > allow/2 {
		return fmt.Errorf("%w: it needs about %d MB and this process may use %d MB (ulimit); import it where Newsmark has more memory",
			ErrNeedsMemory, need>>20, allow>>20)
	}
	return nil
}
