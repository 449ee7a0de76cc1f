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
			watching := make(chan error, 1)
			go func() { watching <- b.Watch(ctx, func(c Change) { heard <- c }) }()
			// The watch may start after the first edit: edit until it is heard.
			tick := time.NewTicker(200 * time.Millisecond)
			defer tick.Stop()
			n := 0
			for got := false; !got; {
				select {
				case c := <-heard:
					if c.Doc != "d" || c.Layer != "ana" || c.Actor != "ana" || c.Kind != "edit" {
						t.Fatalf("heard %+v", c)
					}
					got = true
				case <-tick.C:
					n++
					if _, err := a.Apply(ctx, "ana", tagClaim(0, n)); err != nil {
						t.Fatal(err)
					}
				case <-ctx.Done():
					t.Fatal("the other window heard of no edit")
				}
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
