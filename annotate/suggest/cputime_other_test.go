//go:build !unix

package suggest

import "time"

// processorTime is not known here: the benchmark reports 0.
func processorTime() time.Duration { return 0 }
