//go:build !unix

package ingest

import "time"

// processCPU is 0 where the system does not say (the ratio is then not
// reported).
func processCPU() time.Duration { return 0 }
