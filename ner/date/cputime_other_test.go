//go:build !unix

package date

import "time"

func cpuTime() time.Duration { return -1 }
