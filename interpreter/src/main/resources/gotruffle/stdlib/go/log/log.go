// Package log: a simple logging package.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

const (
	Ldate         = 1 << iota // date, local zone: 2009/01/23
	Ltime                     // time, local zone: 01:23:23
	Lmicroseconds             // microsecond resolution: 01:23:23.123123; assumes Ltime
	Llongfile                 // whole path and line: /a/b/c/d.go:23
	Lshortfile                // final file name element and line number: d.go:23
	LUTC                      // date and time in UTC instead of the local zone
	Lmsgprefix                // prefix goes just before the message, not at the line's start
	LstdFlags     = Ldate | Ltime
)

// Logger formats lines (prefix, date, file as its flags say) and writes each one with a
// single Write call; it is safe for concurrent use.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default is the logger behind Print, Fatal, Panic and friends.
func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) { l.out = w }
func (l *Logger) Writer() io.Writer     { return l.out }
func (l *Logger) Prefix() string        { return l.prefix }
func (l *Logger) SetPrefix(p string)    { l.prefix = p }
func (l *Logger) Flags() int            { return l.flag }
func (l *Logger) SetFlags(flag int)     { l.flag = flag }

func itoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

func (l *Logger) header(buf []byte, t time.Time, file string, line int) []byte {
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = itoa(buf, year, 4)
			buf = append(buf, '/')
			buf = itoa(buf, int(month), 2)
			buf = append(buf, '/')
			buf = itoa(buf, day, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = itoa(buf, hour, 2)
			buf = append(buf, ':')
			buf = itoa(buf, min, 2)
			buf = append(buf, ':')
			buf = itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = itoa(buf, t.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = itoa(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes one log line: the header, s, and a newline unless s has one.
// calldepth picks the caller that Lshortfile/Llongfile show (1: whoever called Output).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	file, line := "???", 0
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file, line = "???", 0
		}
	}
	buf := l.header(nil, now, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func SetOutput(w io.Writer)  { std.out = w }
func Flags() int             { return std.Flags() }
func SetFlags(flag int)      { std.SetFlags(flag) }
func Prefix() string         { return std.Prefix() }
func SetPrefix(prefix string) { std.SetPrefix(prefix) }
func Writer() io.Writer      { return std.Writer() }

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }
func Fatal(v ...any)                 { std.Output(2, fmt.Sprint(v...)); os.Exit(1) }
func Fatalf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)); os.Exit(1) }
func Fatalln(v ...any)               { std.Output(2, fmt.Sprintln(v...)); os.Exit(1) }

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes one line through the standard logger (calldepth as for Logger.Output).
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
