package os

import (
	"errors"
	"internal/itoa"
	"internal/osproc"
	"syscall"
)

// Signal represents an operating system signal (a syscall.Signal on Unix).
type Signal interface {
	String() string
	Signal() // sets Signal apart from any Stringer
}

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process is a process found by FindProcess or started by os/exec: it can be signalled, and
// waited for if it is a child of this program.
type Process struct {
	Pid  int
	done bool
}

// FindProcess always succeeds on Unix.
func FindProcess(pid int) (*Process, error) { return &Process{Pid: pid}, nil }

func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if err := syscall.Kill(p.Pid, s); err != nil {
		if err == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", err)
	}
	return nil
}

// Wait waits for the process, a child of this program, to exit.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	code, sig, errno := osproc.Wait(p.Pid)
	if errno != 0 {
		return nil, NewSyscallError("waitid", syscall.Errno(errno))
	}
	p.done = true
	return &ProcessState{pid: p.Pid, code: code, sig: syscall.Signal(sig)}, nil
}

// ProcessState describes a process that Wait saw end.
type ProcessState struct {
	pid  int
	code int            // exit status, -1 when killed by a signal
	sig  syscall.Signal // the signal that killed it
}

// Pid is the id the process had.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program exited (rather than being killed by a signal).
func (p *ProcessState) Exited() bool { return p.sig == 0 }

// Success reports whether the program exited with status 0.
func (p *ProcessState) Success() bool { return p.sig == 0 && p.code == 0 }

// ExitCode returns the exit status, or -1 if the process was killed by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.code
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	if p.sig != 0 {
		return "signal: " + p.sig.String()
	}
	return "exit status " + itoa.Itoa(p.code)
}

func (p *Process) Kill() error { return p.Signal(Kill) }

func (p *Process) Release() error {
	p.Pid = -1
	return nil
}
