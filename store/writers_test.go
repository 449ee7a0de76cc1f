package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"newsmark/annotate"
)

// Eight programs write to one project file at once: four imports, two
// analysts tagging, one changing a setting, and one long merge that holds
// the file's write lock for several seconds. Every one of them completes,
// in some order, none with "database is locked"; every document and edit
// is there; and a writer kept waiting is told what holds the project.
func TestEightWritersQueueOnOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.newsmark")
	first, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	for i := range 10 {
		addDoc(t, first, fmt.Sprintf("base%d", i), fmt.Sprintf("Base article %d: the council said it would decide soon.", i))
	}
	ctx := context.Background()
	var mu sync.Mutex
	var heard []string
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	writer := func(name string, work func(s *Store) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(path)
			if err != nil {
				errs <- fmt.Errorf("%s: %w", name, err)
				return
			}
			defer s.Close()
			s.SetWaitReporter(func(holder string) {
				mu.Lock()
				heard = append(heard, name+": "+holder)
				mu.Unlock()
			})
			if err := work(s); err != nil {
				errs <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	locked := make(chan struct{})
	writer("merge", func(s *Store) error {
		end := s.Activity(ctx, "lead", "a merge of 3 analysts' files")
		defer end()
		return s.Merge(ctx, "lead", func(*Merger) error {
			close(locked)
			time.Sleep(5 * time.Second) // a long merge holds the lock
			return nil
		})
	})
	select {
	case <-locked:
	case err := <-errs:
		t.Fatal(err)
	}
	for w := range 4 {
		writer(fmt.Sprintf("import%d", w), func(s *Store) error {
			for b := range 4 {
				var docs []*annotate.Document
				for i := range 25 {
					docs = append(docs, &annotate.Document{ID: fmt.Sprintf("w%d-%d-%d", w, b, i),
						Text: fmt.Sprintf("Import %d, batch %d, article %d: fares rise in May.", w, b, i)})
				}
				res, err := s.AddDocuments(ctx, "ana", docs, nil)
				if err != nil {
					return err
				}
				for _, r := range res {
					if r.Err != nil {
						return r.Err
					}
				}
			}
			return nil
		})
	}
	for _, who := range []string{"ana", "ben"} {
		writer(who, func(s *Store) error {
			for i := range 30 {
				e := annotate.Edit{Doc: fmt.Sprintf("base%d", i%10), Summary: "tag", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
					Span: &annotate.Span{Start: i % 20, End: i%20 + 5, Label: annotate.LabelClaim, Annotator: who}}}}
				if _, err := s.Apply(ctx, who, e); err != nil {
					return err
				}
			}
			return nil
		})
	}
	writer("settings", func(s *Store) error {
		for i := range 10 {
			if err := s.SetSetting(ctx, "suggest_on_import", map[bool]string{true: "on", false: "off"}[i%2 == 0]); err != nil {
				return err
			}
		}
		return nil
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	total, _, err := first.CountDocuments(ctx, "")
	if err != nil || total != 10+4*4*25 {
		t.Errorf("%d documents, want %d (%v)", total, 10+4*4*25, err)
	}
	for _, who := range []string{"ana", "ben"} {
		n := 0
		for i := range 10 {
			a, err := first.Annotations(ctx, fmt.Sprintf("base%d", i), who)
			if err != nil {
				t.Fatal(err)
			}
			n += len(a.Spans)
		}
		if n != 30 {
			t.Errorf("%s's layer has %d spans, want all 30 edits", who, n)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	found := false
	for _, h := range heard {
		if strings.Contains(h, "a merge of 3 analysts' files by lead, started") {
			found = true
		}
	}
	if !found {
		t.Errorf("no waiting writer was told what held the project: %q", heard)
	}
}
