//go:build !unix

package benchdata

import "time"

// ProcessorTime is not known here: benchmarks report 0 and leave the
// processor-time ratio out.
func ProcessorTime() time.Duration { return 0 }
