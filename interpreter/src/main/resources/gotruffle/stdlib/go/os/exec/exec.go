// Package exec runs external commands (java.lang.Process underneath, see internal/osproc).
//
// Differences from Go's: the child's stdin, stdout and stderr are always pipes (or the null
// device) that goroutines of this program copy from and to, also when Stdin/Stdout/Stderr are
// *os.File values: a child sees no terminal. argv[0] is the resolved Path rather than Args[0].
// A child killed by a signal this program did not send reports exit status 128+N. ExtraFiles and
// SysProcAttr are not supported (Start fails loudly).
package exec

import (
	"bytes"
	"context"
	"errors"
	"internal/osproc"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Error: LookPath found Name but could not use it as an executable.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound: LookPath found no executable of that name in $PATH.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot is the error of a path search that found the executable only relative to ".".
var ErrDot = errors.New("cannot run executable found relative to current directory")

// ExitError: the command ran and exited with a non-zero status.
type ExitError struct {
	*os.ProcessState
	// Stderr holds the standard error output of Cmd.Output when Stderr was not set.
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// Cmd describes one external command; set its fields, then Run (or Start and Wait) it once.
type Cmd struct {
	Path         string
	Args         []string
	Env          []string
	Dir          string
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	ExtraFiles   []*os.File
	SysProcAttr  *syscall.SysProcAttr
	Process      *os.Process
	ProcessState *os.ProcessState

	ctx         context.Context
	lookPathErr error
	finished    bool
	pipes       [3]bool    // which stdio ends are pipes handed out by StdinPipe/StdoutPipe/StderrPipe
	goroutines  int        // copying goroutines Wait waits for
	errch       chan error // their results
	waitDone    chan struct{}
}

// Command returns the Cmd to run the named program with the given arguments. A name without a
// path separator is looked up in PATH; failure to find it is reported by Start.
func Command(name string, arg ...string) *Cmd {
	c := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if filepath.Base(name) != name {
		return c // a path: used as it is
	}
	// the path found is kept even with an error (ErrDot comes with one)
	found, err := LookPath(name)
	if found != "" {
		c.Path = found
	}
	c.lookPathErr = err
	return c
}

// CommandContext is like Command but the process is killed if ctx is done before it ends.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	c := Command(name, arg...)
	c.ctx = ctx
	return c
}

// String returns the command and its arguments, for people to read: the resolved path, or
// the name as given when the search failed.
func (c *Cmd) String() string {
	words := c.Args
	if c.lookPathErr == nil {
		words = append([]string{c.Path}, c.Args[1:]...)
	}
	return strings.Join(words, " ")
}

func interfaceEqual(a, b any) bool {
	defer func() { recover() }()
	return a == b
}

// dedupEnv keeps the last entry of each key where it stands (earlier ones go) and entries
// without '=' as they are; an entry holding a NUL byte is dropped, with an error.
func dedupEnv(env []string) ([]string, error) {
	var err error
	key := func(kv string) (string, bool) {
		i := strings.IndexByte(kv, '=')
		if i == 0 { // a leading '=' belongs to the key (Windows' "=C:=..." entries)
			i = strings.IndexByte(kv[1:], '=') + 1
		}
		return kv[:max0(i)], i >= 0
	}
	last := make(map[string]int, len(env))
	for i, kv := range env {
		if k, ok := key(kv); ok && strings.IndexByte(kv, 0) < 0 {
			last[k] = i
		}
	}
	out := make([]string, 0, len(env))
	for i, kv := range env {
		if strings.IndexByte(kv, 0) >= 0 {
			err = errors.New("exec: environment variable contains NUL")
			continue
		}
		if k, ok := key(kv); ok && last[k] != i || !ok && kv == "" {
			continue
		}
		out = append(out, kv)
	}
	return out, err
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// environ is the environment the command runs with: Env, or the process's own with PWD set to
// Dir when there is one.
func (c *Cmd) environ() ([]string, error) {
	env := c.Env
	var err error
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			pwd, absErr := filepath.Abs(c.Dir)
			if absErr == nil {
				env = append(env, "PWD="+pwd)
			} else {
				err = absErr
			}
		}
	}
	env, dupErr := dedupEnv(env)
	if err == nil {
		err = dupErr
	}
	return env, err
}

// Environ returns a copy of the environment the command would run with as configured now.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

// Start starts the command; Wait waits for it and releases its resources.
func (c *Cmd) Start() error {
	if c.Path == "" && c.lookPathErr == nil {
		c.lookPathErr = errors.New("exec: no command")
	}
	switch {
	case c.lookPathErr != nil:
		return c.lookPathErr
	case c.Process != nil:
		return errors.New("exec: already started")
	case c.ctx != nil && c.ctx.Err() != nil: // done before the start
		return c.ctx.Err()
	}
	if len(c.ExtraFiles) > 0 {
		panic("unsupported: os/exec Cmd.ExtraFiles (GoTruffle starts processes through the JDK)")
	}
	if c.SysProcAttr != nil {
		panic("unsupported: os/exec Cmd.SysProcAttr (GoTruffle starts processes through the JDK)")
	}
	dir := c.Dir
	if dir == "" {
		dir, _ = os.Getwd()
	}
	env, err := c.environ()
	if err != nil {
		return err
	}
	argv := append([]string{c.Path}, c.Args[1:]...)
	stdin, stdout, stderr := osproc.Null, osproc.Null, osproc.Null
	if c.Stdin != nil || c.pipes[0] {
		stdin = osproc.Pipe
	}
	if c.Stdout != nil || c.pipes[1] {
		stdout = osproc.Pipe
	}
	if c.Stderr != nil && c.Stdout != nil && interfaceEqual(c.Stderr, c.Stdout) {
		stderr = osproc.Merge
	} else if c.Stderr != nil || c.pipes[2] {
		stderr = osproc.Pipe
	}
	pid, errno := osproc.Start(argv, env, dir, stdin, stdout, stderr)
	if errno != 0 {
		return &fs.PathError{Op: "fork/exec", Path: c.Path, Err: syscall.Errno(errno)}
	}
	c.Process = &os.Process{Pid: pid}

	// The copying goroutines; Wait collects the errors of those it waits for.
	c.errch = make(chan error, 3)
	start := func(wait bool, fn func() error) {
		if !wait {
			go fn()
			return
		}
		c.goroutines++
		go func() { c.errch <- fn() }()
	}
	if c.Stdin != nil {
		src := c.Stdin
		_, isFile := src.(*os.File) // Go gives the child the file itself: Wait does not wait for it
		start(!isFile, func() error {
			_, err := io.Copy(pipeWriter{pid}, src)
			osproc.Close(pid, 0)
			if errors.Is(err, syscall.EPIPE) {
				err = nil // the child stopped reading: as Go's, not an error
			}
			return err
		})
	}
	if c.Stdout != nil {
		start(true, copier(c.Stdout, pid, 1))
	}
	if stderr == osproc.Pipe && c.Stderr != nil {
		start(true, copier(c.Stderr, pid, 2))
	}
	if c.ctx != nil {
		c.waitDone = make(chan struct{})
		go func() {
			select {
			case <-c.ctx.Done():
				c.Process.Kill()
			case <-c.waitDone:
			}
		}()
	}
	return nil
}

func copier(w io.Writer, pid, fd int) func() error {
	return func() error {
		_, err := io.Copy(w, pipeReader{pid, fd})
		return err
	}
}

// Wait blocks until the command has exited and its output is copied, then releases its resources.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	state, err := c.Process.Wait()
	if c.waitDone != nil {
		close(c.waitDone)
	}
	c.ProcessState = state
	var copyError error
	for i := 0; i < c.goroutines; i++ {
		if err := <-c.errch; err != nil && copyError == nil {
			copyError = err
		}
	}
	for fd := 0; fd < 3; fd++ {
		osproc.Close(c.Process.Pid, fd)
	}
	if err != nil {
		return err
	} else if !state.Success() {
		return &ExitError{ProcessState: state}
	}
	return copyError
}

// Run starts the command and waits for it.
func (c *Cmd) Run() error {
	err := c.Start()
	if err == nil {
		err = c.Wait()
	}
	return err
}

// stdioNames are the names of the standard streams in errors, by descriptor.
var stdioNames = [3]string{"Stdin", "Stdout", "Stderr"}

// unset is an error when the stream of descriptor fd has been given already.
func unset(fd int, given bool) error {
	if given {
		return errors.New("exec: " + stdioNames[fd] + " already set")
	}
	return nil
}

// Output runs the command and collects its stdout; when c.Stderr is nil, an *ExitError also
// carries the stderr (its first and last 32 KiB).
func (c *Cmd) Output() ([]byte, error) {
	if err := unset(1, c.Stdout != nil); err != nil {
		return nil, err
	}
	out := new(bytes.Buffer)
	c.Stdout = out
	var saved *prefixSuffixSaver
	if c.Stderr == nil {
		saved = &prefixSuffixSaver{N: 32 << 10}
		c.Stderr = saved
	}
	err := c.Run()
	if ee, ok := err.(*ExitError); ok && saved != nil {
		ee.Stderr = saved.Bytes()
	}
	return out.Bytes(), err
}

// CombinedOutput runs the command and collects stdout and stderr interleaved.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	for fd, given := range [...]bool{1: c.Stdout != nil, 2: c.Stderr != nil} {
		if err := unset(fd, given); err != nil {
			return nil, err
		}
	}
	both := new(bytes.Buffer)
	c.Stdout, c.Stderr = both, both
	err := c.Run()
	return both.Bytes(), err
}

// pipeFor checks that the stream of descriptor fd may become a pipe and marks it so.
func (c *Cmd) pipeFor(fd int, given bool) error {
	if err := unset(fd, given); err != nil {
		return err
	}
	if c.Process != nil {
		return errors.New("exec: " + stdioNames[fd] + "Pipe after process started")
	}
	c.pipes[fd] = true
	return nil
}

// StdinPipe returns a pipe connected to the command's standard input; Wait closes it.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if err := c.pipeFor(0, c.Stdin != nil); err != nil {
		return nil, err
	}
	return &stdinPipe{c: c}, nil
}

// StdoutPipe returns a pipe connected to the command's standard output; Wait closes it, so
// read all of it before calling Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if err := c.pipeFor(1, c.Stdout != nil); err != nil {
		return nil, err
	}
	return &outPipe{c: c, fd: 1}, nil
}

// StderrPipe returns a pipe connected to the command's standard error; Wait closes it.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if err := c.pipeFor(2, c.Stderr != nil); err != nil {
		return nil, err
	}
	return &outPipe{c: c, fd: 2}, nil
}

// prefixSuffixSaver keeps the first and the last N bytes written to it (Go's name: it is
// what Output puts in Cmd.Stderr).
type prefixSuffixSaver struct {
	N       int
	prefix  []byte
	suffix  []byte
	skipped int64
}

func (w *prefixSuffixSaver) Write(p []byte) (int, error) {
	n := len(p)
	if room := w.N - len(w.prefix); room > 0 {
		if room > len(p) {
			room = len(p)
		}
		w.prefix = append(w.prefix, p[:room]...)
		p = p[room:]
	}
	w.suffix = append(w.suffix, p...)
	if over := len(w.suffix) - w.N; over > 0 {
		w.skipped += int64(over)
		w.suffix = append(w.suffix[:0:0], w.suffix[over:]...)
	}
	return n, nil
}

// Bytes is what was kept, with a note of how much was left out between the two parts.
func (w *prefixSuffixSaver) Bytes() []byte {
	if w.skipped == 0 {
		return append(w.prefix, w.suffix...)
	}
	note := "\n... omitting " + strconv.FormatInt(w.skipped, 10) + " bytes ...\n"
	return append(append(w.prefix, note...), w.suffix...)
}

// pipeReader reads a started child's stdout or stderr.
type pipeReader struct{ pid, fd int }

func (r pipeReader) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := osproc.Read(r.pid, r.fd, b)
	if errno != 0 {
		return 0, &fs.PathError{Op: "read", Path: "|0", Err: os.ErrClosed}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// pipeWriter writes a started child's stdin.
type pipeWriter struct{ pid int }

func (w pipeWriter) Write(b []byte) (int, error) {
	n, errno := osproc.Write(w.pid, b)
	if errno != 0 {
		return n, &fs.PathError{Op: "write", Path: "|1", Err: syscall.Errno(errno)}
	}
	return n, nil
}

type outPipe struct {
	c      *Cmd
	fd     int
	closed bool
}

func (p *outPipe) Read(b []byte) (int, error) {
	if p.closed || p.c.Process == nil || p.c.finished {
		return 0, &fs.PathError{Op: "read", Path: "|0", Err: os.ErrClosed}
	}
	return pipeReader{p.c.Process.Pid, p.fd}.Read(b)
}

func (p *outPipe) Close() error {
	if !p.closed && p.c.Process != nil {
		osproc.Close(p.c.Process.Pid, p.fd)
	}
	p.closed = true
	return nil
}

type stdinPipe struct {
	c      *Cmd
	closed bool
}

func (p *stdinPipe) Write(b []byte) (int, error) {
	if p.closed || p.c.Process == nil {
		return 0, &fs.PathError{Op: "write", Path: "|1", Err: os.ErrClosed}
	}
	return pipeWriter{p.c.Process.Pid}.Write(b)
}

func (p *stdinPipe) Close() error {
	if p.closed {
		return &fs.PathError{Op: "close", Path: "|1", Err: os.ErrClosed}
	}
	p.closed = true
	if p.c.Process != nil {
		osproc.Close(p.c.Process.Pid, 0)
	}
	return nil
}

// LookPath searches the directories of PATH for an executable named file; a name with a slash
// is tried as it is.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		if err := findExecutable(file); err != nil {
			return "", &Error{file, err}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "." // an empty entry is the current directory, as in the shell
		}
		candidate := filepath.Join(dir, file)
		switch {
		case findExecutable(candidate) != nil:
		case filepath.IsAbs(candidate):
			return candidate, nil
		default:
			return candidate, &Error{file, ErrDot}
		}
	}
	return "", &Error{file, ErrNotFound}
}

// findExecutable: nil when file is a file someone may execute.
func findExecutable(file string) error {
	fi, err := os.Stat(file)
	switch {
	case err != nil:
		return err
	case fi.Mode().IsDir() || fi.Mode()&0111 == 0:
		return fs.ErrPermission
	}
	return nil
}
