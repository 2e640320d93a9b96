//go:build !unix

package ingest

import "time"

// cpuNano returns the wall time where CPU time is not at hand.
func cpuNano() int64 { return time.Now().UnixNano() }
