package store

import (
	"context"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// A bulk job (an import, suggest --all) holds a project file's write lock
// for a slice of its work at a time. It used to commit every bulkSlice and
// wait bulkGap, whoever waited: a commit (and its fsync) and a gap every
// six milliseconds capped suggest --all near 800 articles/s. Now a writer
// that finds the lock taken says so (waiters), and a bulk job that holds
// the lock looks between two documents: nobody waiting, it goes on in the
// same transaction up to bulkHold; an edit waiting, it commits at once and
// lets it in.
//
// A waiter is seen two ways: writers of this process through a counter
// per project file, writers of other processes through a lock on a byte
// of a file beside the project (sidecar, waiters_linux.go). Where that
// lock cannot be had (another system, a sidecar that cannot be opened), a
// bulk job cannot see other programs' writers and keeps the time slices.

// waiterKind is what a waiting writer is.
type waiterKind int

const (
	// waiterNone: nobody waits.
	waiterNone waiterKind = iota - 1
	// waiterEdit is an analyst's edit, a setting, a snapshot: short, and
	// someone is looking at it; a bulk job lets it in at once.
	waiterEdit
	// waiterBulk is another bulk job: it gets its turn after bulkShare,
	// so two imports into one project both go on.
	waiterBulk
	waiterKinds = 2
)

// bulkHold is how long one transaction of a bulk job holds a file's write
// lock at most when nobody waits for it: long enough that its commit (an
// fsync) costs little per document, short enough that the transaction's
// pages in memory and in the write-ahead log stay a few megabytes. The
// callers' batches (512 documents for an import, 256 for suggestions) end
// a transaction sooner on a fast machine. Measured at 10,000 articles,
// load 5–7, against 50 ms: suggest --all 519 and 439 articles/s against
// 255 and 466, 2.5 bytes written per byte of growth against 2.7–2.8; the
// import 1,688 and 1,692 articles/s against 1,050 and 856.
const bulkHold = 250 * time.Millisecond

// bulkShare is how long a bulk job holds the lock at least before it lets
// another bulk job in.
const bulkShare = 50 * time.Millisecond

// yieldWait is how long a bulk job that committed for a waiter waits for
// it to take the lock (it asks every lockPoll) before it goes on: a waiter
// still there after that (a program stopped in a debugger holds its mark)
// is served by time slices instead (stale), as where no waiter is seen.
const yieldWait = 20 * time.Millisecond

// yieldPoll is how often a bulk job that yielded looks whether its waiter
// has taken the lock.
const yieldPoll = 100 * time.Microsecond

// sameProcess counts the waiting writers of this process by project file
// (its absolute path) and kind: a waiter on one Store is seen by a bulk job
// on another Store of the same file, or on the same Store, whose sidecar
// lock (one per Store) it shares.
var sameProcess struct {
	sync.Mutex
	byPath map[string]*[waiterKinds]atomic.Int32
}

func processWaiters(path string) *[waiterKinds]atomic.Int32 {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	sameProcess.Lock()
	defer sameProcess.Unlock()
	if sameProcess.byPath == nil {
		sameProcess.byPath = map[string]*[waiterKinds]atomic.Int32{}
	}
	c := sameProcess.byPath[path]
	if c == nil {
		c = new([waiterKinds]atomic.Int32)
		sameProcess.byPath[path] = c
	}
	return c
}

// waiters is one Store's view of the writers waiting for its file's lock.
type waiters struct {
	proc *[waiterKinds]atomic.Int32 // this process's, by kind
	// side is the sidecar lock (nil where there is none): other processes'
	// waiters.
	side *sidecar
	// mu guards mine, this Store's waiters by kind: the sidecar lock is
	// the Store's one file description's, taken by the first waiter of a
	// kind and dropped by the last.
	mu   sync.Mutex
	mine [waiterKinds]int
	// stale is set when a waiter a bulk job yielded to did not take the
	// lock within yieldWait; until nobody waits, bulk jobs use time slices.
	stale atomic.Bool
}

// WritersFile is the file a project file at path keeps beside it for its
// waiting writers (the sidecar). It holds nothing when no program has the
// project open and may be left behind; a program that made a project under
// a temporary name removes it with the project's other files.
func WritersFile(path string) string { return path + "-writers" }

// openWaiters sets up the waiting-writer signal of the project file at
// path. Without a sidecar lock the signal still counts this process's
// writers, but seen() is false: bulk jobs keep time slices.
func openWaiters(path string) *waiters {
	return &waiters{proc: processWaiters(path), side: openSidecar(WritersFile(path))}
}

// seen tells whether every waiting writer, this process's or another's,
// is seen.
func (w *waiters) seen() bool { return w != nil && w.side != nil }

// announce tells bulk jobs a writer of kind k waits for the lock; withdraw
// undoes it, once the writer has the lock or gives up.
func (w *waiters) announce(k waiterKind) {
	if w == nil {
		return
	}
	w.proc[k].Add(1)
	w.mu.Lock()
	if w.mine[k]++; w.mine[k] == 1 && w.side != nil {
		w.side.mark(int64(k), true)
	}
	w.mu.Unlock()
}

func (w *waiters) withdraw(k waiterKind) {
	if w == nil {
		return
	}
	w.mu.Lock()
	if w.mine[k]--; w.mine[k] == 0 && w.side != nil {
		w.side.mark(int64(k), false)
	}
	w.mu.Unlock()
	w.proc[k].Add(-1)
}

// waiting is the most urgent kind of writer waiting, this process's or
// another's: waiterNone when nobody waits. Cheap enough to ask between two
// documents (two atomic loads, and one fcntl when nobody waits).
func (w *waiters) waiting() waiterKind {
	if w == nil {
		return waiterNone
	}
	if w.proc[waiterEdit].Load() > 0 {
		return waiterEdit
	}
	other := waiterNone
	if w.side != nil {
		other = w.side.marked()
	}
	if other == waiterNone && w.proc[waiterBulk].Load() > 0 {
		return waiterBulk
	}
	return other
}

// close releases the sidecar (its locks go with it).
func (w *waiters) close() {
	if w != nil && w.side != nil {
		w.side.close()
	}
}

// bulkKey marks a context as a bulk job's: its writer waits as waiterBulk.
type bulkKey struct{}

// kindOf is the kind of writer that waits with ctx.
func kindOf(ctx context.Context) waiterKind {
	if ctx.Value(bulkKey{}) != nil {
		return waiterBulk
	}
	return waiterEdit
}

// sliceOver tells whether a bulk transaction begun at started should
// commit now, checked between two documents. A server has no file lock
// and its bulk jobs commit once a call.
func (s *Store) sliceOver(started time.Time) bool {
	if s.server != "" {
		return false
	}
	held := time.Since(started)
	if !s.waiters.seen() || s.waiters.stale.Load() {
		return held > bulkSlice
	}
	switch s.waiters.waiting() {
	case waiterEdit:
		return true
	case waiterBulk:
		return held > bulkShare
	}
	return held > bulkHold
}

// inBulkTx is inTx for one slice of a bulk job. Before it begins, the
// writers waiting are let in: those the last slice committed for, and any
// that came since. Without a waiting-writer signal (or with a stale one)
// it begins no sooner than bulkGap after the previous slice committed, so
// other writers get in between slices however fast they come.
func (s *Store) inBulkTx(ctx context.Context, fn func(t *txn) error) error {
	if s.server == "" {
		if err := s.letWaitersIn(ctx); err != nil {
			return err
		}
	}
	err := s.inTx(context.WithValue(ctx, bulkKey{}, true), fn)
	s.bulkMu.Lock()
	s.bulkDone = time.Now()
	s.bulkMu.Unlock()
	return err
}

// letWaitersIn waits, before a bulk transaction, for the writers waiting
// to take the lock, yieldWait at most (then the signal is stale), and in
// any case until bulkGap has passed since the last slice committed: a
// writer that could not say it waits (an older Newsmark, a sidecar lock
// refused) asks every lockPoll and gets in there, bulkHold at most after
// it began to wait.
func (s *Store) letWaitersIn(ctx context.Context) error {
	if w := s.waiters; w.seen() {
		switch k := w.waiting(); {
		case k == waiterNone:
			w.stale.Store(false)
		case !w.stale.Load():
			deadline := time.Now().Add(yieldWait)
			for ; k != waiterNone; k = w.waiting() {
				if time.Now().After(deadline) {
					w.stale.Store(true)
					break
				}
				select {
				case <-time.After(yieldPoll):
				case <-ctx.Done():
					return ctx.Err()
				}
			}
		}
	}
	s.bulkMu.Lock()
	wait := bulkGap - time.Since(s.bulkDone)
	s.bulkMu.Unlock()
	if wait > 0 {
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
