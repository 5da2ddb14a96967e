//go:build race

package extract

// the race detector drops some of what goes back to a sync.Pool
func init() { raceEnabled = true }
