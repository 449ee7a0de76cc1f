package store

import (
	"context"
	"time"
)

// SQLite copies the write-ahead log into the project file (a checkpoint)
// when a commit leaves the log over 1,000 pages, inside that commit: one
// edit in a hundred or so waited 25–90 ms for it (a copy and a sync of the
// file) where the others took 1 ms. A project file's write connections
// turn that off, and the store checkpoints on its own goroutine instead,
// checkpointDelay after a commit, without the write lock: a passive
// checkpoint copies what no reader still needs while others go on writing.

// checkpointDelay is how long after a commit the checkpoint runs: the
// commits in between are copied by the same checkpoint.
const checkpointDelay = 250 * time.Millisecond

// checkpointer runs the checkpoints of one project file.
type checkpointer struct {
	poke chan struct{}
	stop chan struct{}
	done chan struct{}
}

// startCheckpointer starts s's checkpoint goroutine; Close stops it.
func (s *Store) startCheckpointer() {
	c := &checkpointer{poke: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	s.ckpt = c
	go func() {
		defer close(c.done)
		for {
			select {
			case <-c.stop:
				return
			case <-c.poke:
			}
			select {
			case <-time.After(checkpointDelay):
			case <-c.stop:
				return
			}
			// A passive checkpoint that could not copy everything (a
			// reader holds an old snapshot) leaves the rest to the next;
			// a file that cannot be written shows in the next commit's
			// error, where the analyst hears of it.
			s.db.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)") //nolint:errcheck
		}
	}()
}

// committed tells the checkpointer a commit went into the log.
func (s *Store) committed() {
	if s.ckpt == nil {
		return
	}
	select {
	case s.ckpt.poke <- struct{}{}:
	default:
	}
}

// stopCheckpointer stops the goroutine and waits for a checkpoint under way.
func (s *Store) stopCheckpointer() {
	if s.ckpt == nil {
		return
	}
	close(s.ckpt.stop)
	<-s.ckpt.done
	s.ckpt = nil
}
