package syscall

import (
	"internal/itoa"
	"internal/oserror"
)

func (e Errno) Error() string {
	if int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + itoa.Uitoa(uint(e))
}

// Is makes errors.Is(err, fs.ErrNotExist) and friends hold for the matching numbers.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func (s Signal) Signal() {}

func (s Signal) String() string {
	if s >= 0 && int(s) < len(signalText) && signalText[s] != "" {
		return signalText[s]
	}
	return "signal " + itoa.Itoa(int(s))
}

const (
	O_ACCMODE   = 0x3
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_APPEND    = 0x400
	O_ASYNC     = 0x2000
	O_CLOEXEC   = 0x80000
	O_CREAT     = 0x40
	O_DIRECTORY = 0x10000
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_NOFOLLOW  = 0x20000
	O_NONBLOCK  = 0x800
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
)

const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Getpid returns the process id of the JVM running the program.
func Getpid() int

func Getppid() int

// Kill sends signal sig to the process pid.
func Kill(pid int, sig Signal) error {
	if e := kill(pid, int(sig)); e != 0 {
		return Errno(e)
	}
	return nil
}

func kill(pid, sig int) uintptr

func Getuid() int
func Getgid() int
func Geteuid() int
func Getegid() int

// Exit ends the process at once (no deferred calls).
func Exit(code int)

// SysProcAttr holds Linux-specific attributes of a new process (os/exec's Cmd.SysProcAttr);
// GoTruffle starts processes through the JDK, which cannot apply them: a non-nil one fails Start.
type SysProcAttr struct {
	Chroot     string
	Setsid     bool
	Setpgid    bool
	Setctty    bool
	Noctty     bool
	Ctty       int
	Foreground bool
	Pgid       int
	Pdeathsig  Signal
}
