//go:build !unix

package ingest

// memoryAllowance is 0 (no limit known) where the system has no rlimits.
func memoryAllowance() uint64 { return 0 }
