//go:build unix

package ingest

import (
	"math"
	"syscall"
)

// memoryAllowance is the most memory this process may map, in bytes: the
// smaller of its data and address-space limits (ulimit -d, ulimit -v), or
// 0 when neither is set.
func memoryAllowance() uint64 {
	var least uint64
	for _, res := range []int{syscall.RLIMIT_DATA, syscall.RLIMIT_AS} {
		var lim syscall.Rlimit
		if syscall.Getrlimit(res, &lim) != nil || lim.Cur == math.MaxUint64 {
			continue
		}
		if least == 0 || uint64(lim.Cur) < least {
			least = uint64(lim.Cur)
		}
	}
	return least
}
