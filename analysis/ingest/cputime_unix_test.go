//go:build unix

package ingest

import (
	"syscall"
	"time"
)

// cpuNano returns the process's user and system CPU time.
func cpuNano() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Now().UnixNano()
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
