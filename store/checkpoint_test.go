package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An edit's commit never checkpoints (the write connections have SQLite's
// automatic checkpoint off), and the store's checkpointer copies the log
// into the project file shortly after, so the file alone (without its log)
// holds the edits.
func TestCheckpointsRunBesideTheEdits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var auto int
	if err := s.inTx(ctx, func(tx *txn) error {
		return tx.tx.QueryRowContext(ctx, "PRAGMA wal_autocheckpoint").Scan(&auto)
	}); err != nil {
		t.Fatal(err)
	}
	if auto != 0 {
		t.Errorf("a write transaction's connection checkpoints after %d pages; want 0 (the checkpointer's job)", auto)
	}
	const n = 40
	for i := range n {
		addDoc(t, s, fmt.Sprintf("d%d", i), fmt.Sprintf("Quay %d\n\n%s", i, strings.Repeat("The council said the quay would reopen. ", 10)))
	}
	// The project file read as it is on disk, without the log.
	inFile := func() int {
		db, err := sql.Open("sqlite3", fileURI(path, "mode=ro&immutable=1"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var k int
		if err := db.QueryRow("SELECT count(*) FROM documents").Scan(&k); err != nil {
			return -1
		}
		return k
	}
	deadline := time.Now().Add(10 * time.Second)
	for inFile() != n && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if k := inFile(); k != n {
		t.Fatalf("the project file holds %d documents after the checkpoint delay; want %d", k, n)
	}
	// Closing stops the checkpointer (a second Close of the pools would
	// fail, so only the goroutine is checked: it is gone and nil).
	s.stopCheckpointer()
	if s.ckpt != nil {
		t.Error("the checkpointer is still set after it was stopped")
	}
	s.committed() // a commit after the stop must not block or panic
}
