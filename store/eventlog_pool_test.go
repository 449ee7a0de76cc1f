package store

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"newsmark/annotate"
)

// An edit's body is the same bytes whatever the pooled buffer held
// before: a long edit, then a short one, then the long one again (the
// buffer comes back grown and with the short edit's bytes in it).
func TestEventBodySameAfterPooledBuffers(t *testing.T) {
	edit := func(n int, label string) ([]annotate.Op, []annotate.Op) {
		var ops, inv []annotate.Op
		for i := range n {
			id := label + strings.Repeat("x", i%7)
			ops = append(ops, annotate.Op{Kind: annotate.OpSetStance, Stance: &annotate.Stance{Statement: id, Target: "T1", Label: "FAVOR"}})
			inv = append(inv, annotate.Op{Kind: annotate.OpDeleteStance, Stance: &annotate.Stance{Statement: id, Target: "T1"}})
		}
		return ops, inv
	}
	longOps, longInv := edit(300, "claim")
	shortOps, shortInv := edit(1, "q")
	first, err := encodeDeflate(longOps, longInv)
	if err != nil {
		t.Fatal(err)
	}
	first = bytes.Clone(first)
	short, err := encodeDeflate(shortOps, shortInv)
	if err != nil {
		t.Fatal(err)
	}
	again, err := encodeDeflate(longOps, longInv)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again) {
		t.Fatal("the long edit's body changed after the pool held the short one")
	}
	fwd, inv, err := decodeEventBody(short, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fwd, shortOps) || !reflect.DeepEqual(inv, shortInv) {
		t.Fatalf("short edit read back as %+v / %+v", fwd, inv)
	}
}
