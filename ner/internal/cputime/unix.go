//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Now is the user+system CPU time of the process so far, -1 when it
// cannot be read.
func Now() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
