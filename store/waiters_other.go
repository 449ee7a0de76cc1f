//go:build !linux

package store

// sidecar would let bulk jobs see other programs' waiting writers; only
// Linux has the open-file-description locks it needs (waiters_linux.go).
// Elsewhere bulk jobs keep their time slices (bulkSlice, bulkGap).
type sidecar struct{}

func openSidecar(string) *sidecar { return nil }

func (*sidecar) marked() waiterKind { return waiterNone }
func (*sidecar) mark(int64, bool)   {}
func (*sidecar) close()             {}
