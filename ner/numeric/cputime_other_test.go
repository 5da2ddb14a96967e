//go:build !unix

package numeric

import "time"

func cpuTime() time.Duration { return -1 }
