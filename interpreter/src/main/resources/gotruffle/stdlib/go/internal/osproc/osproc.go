// Package osproc starts and waits for child processes (java.lang.Process underneath), for
// os.Process and os/exec. A child is known by its pid.
package osproc

// Stdio modes of Start.
const (
	Null  = 0 // the null device
	Pipe  = 1 // a pipe to the parent (Read/Write/Close)
	Merge = 2 // stderr only: into the stdout pipe
)

// Start runs argv[0] with arguments argv[1:], environment env and working directory dir.
func Start(argv []string, env []string, dir string, stdin, stdout, stderr int) (pid int, errno int)

// Wait waits for the child to end: its exit status, or -1 and the signal that killed it (known
// when this program sent it).
func Wait(pid int) (code int, sig int, errno int)

// Read reads the child's stdout (fd 1) or stderr (fd 2); n == 0 with errno 0 is end of file.
func Read(pid int, fd int, b []byte) (n int, errno int)

// Write writes to the child's stdin.
func Write(pid int, b []byte) (n int, errno int)

// Close closes the parent's end of the child's stdin (0), stdout (1) or stderr (2).
func Close(pid int, fd int) int
