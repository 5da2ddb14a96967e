// Package cputime measures the CPU time of the process, for benchmarks
// that must stay meaningful when the machine is shared and the wall clock
// is not.
package cputime

import (
	"testing"
	"time"
)

// Report reports MB per CPU-second of the process since c0 (a Now value)
// for b.N passes over n bytes, as the metric cpuMB/s. It reports nothing
// where the CPU time cannot be read.
func Report(b *testing.B, c0 time.Duration, n int) {
	if c := Now() - c0; c > 0 && c0 >= 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/c.Seconds(), "cpuMB/s")
	}
}
