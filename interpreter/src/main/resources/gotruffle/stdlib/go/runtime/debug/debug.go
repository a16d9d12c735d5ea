// Package debug: runtime/debug on GoTruffle. The JVM manages memory and threads, so the GC,
// memory-limit, stack and thread settings are remembered and returned as Go returns them but
// do not change how the program runs.
package debug

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

var (
	gcPercent   = initialGCPercent()
	memoryLimit = initialMemoryLimit()
	maxStack    = 1000000000
	maxThreads  = 10000
	panicFault  = false
)

func initialGCPercent() int {
	switch v := os.Getenv("GOGC"); v {
	case "":
		return 100
	case "off":
		return -1
	default:
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
		return 100
	}
}

func initialMemoryLimit() int64 {
	return 1<<63 - 1
}

// SetGCPercent sets the garbage collection target percentage and returns the previous one.
func SetGCPercent(percent int) int {
	old := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return old
}

// SetMemoryLimit sets the soft memory limit (a negative limit only reads it) and returns the previous one.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory forces a garbage collection.
func FreeOSMemory() { runtime.GC() }

// SetMaxStack sets the maximum stack size of a goroutine and returns the previous one.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets the maximum number of threads and returns the previous one.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault sets whether faults panic instead of crashing and returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	old := panicFault
	panicFault = enabled
	return old
}

// SetTraceback sets how much a crash prints (recorded only: GoTruffle prints the calling goroutine).
func SetTraceback(level string) {}

// Stack returns the formatted stack trace of the calling goroutine.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints the stack trace of the calling goroutine to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }

// GCStats collects information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats reads the collection count and total pause time (the JVM keeps no per-pause history).
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	if len(stats.PauseQuantiles) > 0 {
		for i := range stats.PauseQuantiles {
			stats.PauseQuantiles[i] = 0
		}
	}
}

// BuildInfo is what a Go binary records about how it was built.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

type BuildSetting struct {
	Key, Value string
}

// ReadBuildInfo returns what `go build` of the program's files would record.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return &BuildInfo{
		GoVersion: runtime.Version(),
		Path:      "command-line-arguments",
		Settings: []BuildSetting{
			{"-compiler", "gc"},
			{"CGO_ENABLED", "1"},
			{"CGO_CFLAGS", ""},
			{"CGO_CPPFLAGS", ""},
			{"CGO_CXXFLAGS", ""},
			{"CGO_LDFLAGS", ""},
			{"GOARCH", "amd64"},
			{"GOOS", "linux"},
			{"GOAMD64", "v1"},
		},
	}, true
}

// String renders the build information as `go version -m` lists it.
func (bi *BuildInfo) String() string {
	buf := ""
	if bi.GoVersion != "" {
		buf += "go\t" + bi.GoVersion + "\n"
	}
	if bi.Path != "" {
		buf += "path\t" + bi.Path + "\n"
	}
	var mod func(word string, m *Module)
	mod = func(word string, m *Module) {
		buf += word + "\t" + m.Path + "\t" + m.Version
		if m.Replace == nil {
			buf += "\t" + m.Sum
		} else {
			buf += "\n"
			mod("=>", m.Replace)
		}
		buf += "\n"
	}
	if bi.Main != (Module{}) {
		mod("mod", &bi.Main)
	}
	for _, dep := range bi.Deps {
		mod("dep", dep)
	}
	for _, s := range bi.Settings {
		key := s.Key
		if quoteKey(key) {
			key = strconv.Quote(key)
		}
		value := s.Value
		if quoteValue(value) {
			value = strconv.Quote(value)
		}
		buf += "build\t" + key + "=" + value + "\n"
	}
	return buf
}

func quoteKey(key string) bool {
	if len(key) == 0 {
		return true
	}
	for _, c := range key {
		if c == '=' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '`' {
			return true
		}
	}
	return false
}

func quoteValue(value string) bool {
	for _, c := range value {
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '`' {
			return true
		}
	}
	return false
}
