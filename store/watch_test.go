package store

import (
	"context"
	"testing"
	"time"
)

// A second window on the project hears of every edit the first makes, on
// either engine, and sees who has the project open.
func TestOtherWindowsHearOfEdits(t *testing.T) {
	for _, eng := range engines {
		t.Run(eng.name, func(t *testing.T) {
			path := eng.new(t)
			a, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			addDoc(t, a, "d", "Fares rise by 8% in May, the operator said.")
			b, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			heard := make(chan Change, 10)
			watching, err := b.Watch(ctx, func(c Change) { heard <- c })
			if err != nil {
				t.Fatal(err)
			}
			// One edit right after Watch returned: it is heard, however late
			// the watch's goroutine starts.
			if _, err := a.Apply(ctx, "ana", tagClaim(0, 1)); err != nil {
				t.Fatal(err)
			}
			select {
			case c := <-heard:
				if c.Doc != "d" || c.Layer != "ana" || c.Actor != "ana" || c.Kind != "edit" {
					t.Fatalf("heard %+v", c)
				}
			case <-ctx.Done():
				t.Fatal("the other window heard of no edit")
			}
			cancel()
			if err := <-watching; err != context.Canceled {
				t.Errorf("Watch ended with %v", err)
			}
			bg := context.Background()
			if err := a.Here(bg, "ana", "d"); err != nil {
				t.Fatal(err)
			}
			if err := b.Here(bg, "ben", ""); err != nil {
				t.Fatal(err)
			}
			who, err := b.Present(bg, time.Minute)
			if err != nil || len(who) != 2 || who[0].Analyst != "ana" || who[0].Doc != "d" || who[1].Analyst != "ben" {
				t.Fatalf("present: %+v, %v", who, err)
			}
			if err := a.Gone(bg, "ana"); err != nil {
				t.Fatal(err)
			}
			if who, _ := b.Present(bg, time.Minute); len(who) != 1 {
				t.Errorf("after ana left: %+v", who)
			}
		})
	}
}

// TestWatchMissesNothingMadeAfterItReturns makes an edit the moment Watch
// returns, many times over, on both engines: every one is heard. Before the
// watch took its starting point before returning, an edit made before its
// goroutine ran was lost.
func TestWatchMissesNothingMadeAfterItReturns(t *testing.T) {
	for _, eng := range engines {
		t.Run(eng.name, func(t *testing.T) {
			path := eng.new(t)
			a, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			addDoc(t, a, "d", "Fares rise by 8% in May, the operator said.")
			b, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			for round := 1; round <= 5; round++ {
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				heard := make(chan Change, 10)
				watching, err := b.Watch(ctx, func(c Change) { heard <- c })
				if err != nil {
					cancel()
					t.Fatal(err)
				}
				if _, err := a.Apply(ctx, "ana", tagClaim(round, round+2)); err != nil {
					cancel()
					t.Fatal(err)
				}
				select {
				case c := <-heard:
					if c.Kind != "edit" || c.Doc != "d" {
						t.Errorf("round %d: heard %+v", round, c)
					}
				case <-ctx.Done():
					t.Fatalf("round %d: the edit made right after Watch returned was never heard", round)
				}
				cancel()
				if err := <-watching; err != context.Canceled {
					t.Errorf("round %d: Watch ended with %v", round, err)
				}
			}
		})
	}
}
