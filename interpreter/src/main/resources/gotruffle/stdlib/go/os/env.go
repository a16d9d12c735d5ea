package os

import "syscall"

// The environment: a copy of the process's, changed by Setenv/Unsetenv.
var envMap map[string]string

func loadEnv() {
	if envMap != nil {
		return
	}
	envMap = map[string]string{}
	for _, kv := range environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				envMap[kv[:i]] = kv[i+1:]
				break
			}
		}
	}
}

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) {
	loadEnv()
	v, ok := envMap[key]
	return v, ok
}

func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	loadEnv()
	envMap[key] = value
	return nil
}

func Unsetenv(key string) error {
	loadEnv()
	delete(envMap, key)
	return nil
}

func Clearenv() {
	envMap = map[string]string{}
}

func Environ() []string {
	loadEnv()
	out := make([]string, 0, len(envMap))
	for k, v := range envMap {
		out = append(out, k+"="+v)
	}
	return out
}

// ExpandEnv replaces ${var} or $var in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellVarName(s[j+1:])
			if name == "" && w > 0 {
				// invalid syntax: eat the characters
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func shellVarName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

func environ() []string
