package os

import (
	"errors"
	"syscall"
)

// Signal represents an operating system signal (a syscall.Signal on Unix).
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process is a process found by FindProcess; only signalling is supported.
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

func (p *Process) Kill() error { return p.Signal(Kill) }

func (p *Process) Release() error {
	p.Pid = -1
	return nil
}
