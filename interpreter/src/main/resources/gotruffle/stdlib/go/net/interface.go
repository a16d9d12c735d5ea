package net

// Flags are an interface's flags (net.Interfaces itself is not provided).
type Flags uint

const (
	FlagUp           Flags = 1 << iota // interface is up
	FlagBroadcast                      // interface supports broadcast access
	FlagLoopback                       // loopback device
	FlagPointToPoint                   // point-to-point link
	FlagMulticast                      // interface supports multicast access
)

var flagNames = [...]string{"up", "broadcast", "loopback", "pointtopoint", "multicast"}

// String lists the set flags joined by "|", or "0" when none is set.
func (f Flags) String() string {
	s := ""
	for i, name := range flagNames {
		if f&(1<<uint(i)) == 0 {
			continue
		}
		if s != "" {
			s += "|"
		}
		s += name
	}
	if s == "" {
		return "0"
	}
	return s
}
