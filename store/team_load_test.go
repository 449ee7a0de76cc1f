package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/store/pgtest"
)

// teamTestDuration is how long the eight analysts tag: 30 s, or
// NEWSMARK_TEAM_SECONDS for a quicker run while developing.
func teamTestDuration() time.Duration {
	if s, err := strconv.Atoi(os.Getenv("NEWSMARK_TEAM_SECONDS")); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 30 * time.Second
}

// Eight analysts, each logged in as themselves with a connection of their
// own, tag the same 200 documents at once while the server is killed
// (SIGKILL to the postmaster) and restarted under them. Every edit a client
// saw acknowledged is there afterwards, no layer holds another analyst's
// edit, the clients carried on by themselves after the restart, and the
// event log replays to the same layers.
func TestEightAnalystsTagTogetherThroughAServerCrash(t *testing.T) {
	pgtest.URL(t) // skips, or fails in CI, without PostgreSQL
	ctx := context.Background()
	// A cluster of its own: killing the shared one would break the other
	// packages' tests running beside this one.
	cluster, err := pgtest.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer cluster.Stop()
	canKill := true
	url := cluster.URL
	lead, err := Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	const docs = 200
	text := "The harbour board said on Monday that the new quay would open in May, and the union said it welcomed the plan."
	var ds []*annotate.Document
	for i := range docs {
		ds = append(ds, &annotate.Document{ID: fmt.Sprintf("d%03d", i), Text: fmt.Sprintf("%s (%d)", text, i)})
	}
	if _, err := lead.AddDocuments(ctx, "lead", ds, nil); err != nil {
		t.Fatal(err)
	}
	analysts := make([]string, 8)
	for i := range analysts {
		analysts[i] = fmt.Sprintf("a%d", i+1)
	}
	if err := lead.AddAnalysts(ctx, analysts, nil); err != nil {
		t.Fatal(err)
	}

	type ack struct{ doc, id string }
	acked := make([][]ack, len(analysts))
	retries := make([]int, len(analysts))
	stop := time.Now().Add(teamTestDuration())
	var wg sync.WaitGroup
	for w, who := range analysts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(pgtest.WithUser(url, who))
			if err != nil {
				t.Errorf("%s: %v", who, err)
				return
			}
			defer s.Close()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for time.Now().Before(stop) {
				doc := fmt.Sprintf("d%03d", r.IntN(docs))
				start := r.IntN(100)
				e := annotate.Edit{Doc: doc, Summary: "tag CLAIM", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
					Span: &annotate.Span{Start: start, End: start + 1 + r.IntN(10), Label: annotate.LabelClaim, Annotator: who}}}}
				for {
					done, err := s.Apply(ctx, who, e)
					if err == nil {
						acked[w] = append(acked[w], ack{doc, done.Ops[0].Span.ID})
						break
					}
					if !errors.Is(err, ErrServerGone) {
						t.Errorf("%s: %v", who, err)
						return
					}
					// Not saved: the client keeps the edit and tries again.
					retries[w]++
					time.Sleep(100 * time.Millisecond)
					if time.Now().After(stop.Add(time.Minute)) {
						t.Errorf("%s: the server did not come back", who)
						return
					}
				}
			}
		}()
	}
	killed := false
	if canKill {
		time.Sleep(teamTestDuration() / 3)
		if err := cluster.Kill(); err != nil {
			t.Fatalf("kill the server: %v", err)
		}
		time.Sleep(time.Second)
		if err := cluster.Restart(ctx); err != nil {
			t.Fatalf("restart the server: %v", err)
		}
		killed = true
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	total, gone := 0, 0
	for w := range analysts {
		total += len(acked[w])
		gone += retries[w]
	}
	t.Logf("%d edits acknowledged by 8 analysts in %s; server killed: %v; %d attempts met a server that was gone and were retried",
		total, teamTestDuration(), killed, gone)
	if killed && gone == 0 {
		t.Error("no client noticed the server was killed")
	}

	// Every acknowledged edit is there, in its analyst's layer only.
	have := map[[3]string]bool{}
	layers := 0
	err = lead.ForEachDocumentLayers(ctx, func(d *annotate.Document, ls []*annotate.Annotations) error {
		for _, l := range ls {
			layers++
			for _, s := range l.Spans {
				if s.Annotator != l.Layer {
					t.Errorf("%s's layer of %s holds %s's span %s", l.Layer, d.ID, s.Annotator, s.ID)
				}
				have[[3]string{l.Layer, d.ID, s.ID}] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for w, who := range analysts {
		for _, a := range acked[w] {
			if !have[[3]string{who, a.doc, a.id}] {
				t.Errorf("%s's acknowledged span %s in %s is missing", who, a.id, a.doc)
			}
		}
	}

	// The event log, replayed in order into an empty project file, gives
	// the same layers.
	replayed, err := Open(filepath.Join(t.TempDir(), "replay.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	defer replayed.Close()
	if err := replayLog(ctx, lead, replayed); err != nil {
		t.Fatal(err)
	}
	compared := 0
	err = lead.ForEachDocumentLayers(ctx, func(d *annotate.Document, ls []*annotate.Annotations) error {
		for _, l := range ls {
			r, err := replayed.Annotations(ctx, d.ID, l.Layer)
			if err != nil {
				return err
			}
			if !annotate.SameWork(l, r) {
				t.Errorf("%s's layer of %s: the replayed log gives %d spans, the server holds %d", l.Layer, d.ID, len(r.Spans), len(l.Spans))
			}
			compared++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if compared != layers || compared == 0 {
		t.Errorf("compared %d layers of %d", compared, layers)
	}
}

// replayLog copies from's documents (text only) into the empty project to,
// then applies every logged event's operations in order: the log alone
// must rebuild every layer.
func replayLog(ctx context.Context, from, to *Store) error {
	var docs []*annotate.Document
	if err := from.ForEachDocumentLayers(ctx, func(d *annotate.Document, _ []*annotate.Annotations) error {
		c := *d
		docs = append(docs, &c)
		return nil
	}); err != nil {
		return err
	}
	if _, err := to.AddDocuments(ctx, "replay", docs, nil); err != nil {
		return err
	}
	events, err := from.Events(ctx, "")
	if err != nil {
		return err
	}
	return to.inTx(ctx, func(t *txn) error {
		for _, ev := range events {
			if _, _, err := applyEdit(t, ev.Actor, ev.Layer, "import", 0, annotate.Edit{Doc: ev.Doc, Summary: ev.Summary, Ops: ev.Ops}); err != nil {
				return fmt.Errorf("event %d: %w", ev.ID, err)
			}
		}
		return nil
	})
}
