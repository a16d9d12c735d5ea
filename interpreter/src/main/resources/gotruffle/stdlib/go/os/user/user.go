// Package user: user account lookups by name or id. GoTruffle reads /etc/passwd and /etc/group
// itself; results and errors are those of Go 1.19 built with cgo (the default where a C
// compiler exists) on a system whose accounts live in those files.
package user

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// User describes one account.
type User struct {
	// Uid is the user ID (a decimal number on POSIX systems).
	Uid string
	// Gid: the account's primary group id.
	Gid string
	// Username: the name to log in with.
	Username string
	// Name: the full name, the GECOS field up to its first comma.
	Name string
	// HomeDir: the account's home directory.
	HomeDir string
}

// Group is a user group: its id and name.
type Group struct {
	Gid  string // group ID
	Name string // group name
}

// UnknownUserIdError: LookupId found no user with this id.
type UnknownUserIdError int

func (e UnknownUserIdError) Error() string { return "user: unknown userid " + strconv.Itoa(int(e)) }

// UnknownUserError: Lookup found no user of that name.
type UnknownUserError string

func (e UnknownUserError) Error() string { return "user: unknown user " + string(e) }

// UnknownGroupIdError: LookupGroupId found no group with this id.
type UnknownGroupIdError string

func (e UnknownGroupIdError) Error() string { return "group: unknown groupid " + string(e) }

// UnknownGroupError: LookupGroup found no group of that name.
type UnknownGroupError string

func (e UnknownGroupError) Error() string { return "group: unknown group " + string(e) }

const (
	passwdFile = "/etc/passwd"
	groupFile  = "/etc/group"
)

var current struct {
	once sync.Once
	u    *User
	err  error
}

// Current returns the current user (looked up once; each call returns a copy).
func Current() (*User, error) {
	current.once.Do(func() { current.u, current.err = lookupUid(os.Getuid()) })
	if current.err != nil {
		return nil, current.err
	}
	u := *current.u
	return &u, nil
}

// Lookup looks up a user by username.
func Lookup(username string) (*User, error) {
	if u, err := Current(); err == nil && u.Username == username {
		return u, nil
	}
	u, err := findUser(func(f []string) bool { return f[0] == username })
	if err == nil && u == nil {
		err = UnknownUserError(username)
	}
	return u, err
}

// LookupId looks up a user by user ID.
func LookupId(uid string) (*User, error) {
	if u, err := Current(); err == nil && u.Uid == uid {
		return u, nil
	}
	id, err := strconv.Atoi(uid)
	if err != nil {
		return nil, err
	}
	return lookupUid(id)
}

func lookupUid(id int) (*User, error) {
	u, err := findUser(func(f []string) bool { n, err := strconv.Atoi(f[2]); return err == nil && n == id })
	if err == nil && u == nil {
		err = UnknownUserIdError(id)
	}
	return u, err
}

// LookupGroup looks up a group by name.
func LookupGroup(name string) (*Group, error) {
	g, err := findGroup(func(f []string) bool { return f[0] == name })
	if err == nil && g == nil {
		err = UnknownGroupError(name)
	}
	return g, err
}

// LookupGroupId looks up a group by group ID.
func LookupGroupId(gid string) (*Group, error) {
	id, err := strconv.Atoi(gid)
	if err != nil {
		return nil, err
	}
	g, err := findGroup(func(f []string) bool { n, err := strconv.Atoi(f[2]); return err == nil && n == id })
	if err == nil && g == nil {
		err = UnknownGroupIdError(strconv.Itoa(id))
	}
	return g, err
}

// GroupIds returns the IDs of the groups the user belongs to: the primary group first, then
// the groups of /etc/group that list the user.
func (u *User) GroupIds() ([]string, error) {
	primary, err := strconv.Atoi(u.Gid)
	if err != nil {
		return nil, fmt.Errorf("user: list groups for %s: invalid gid %q", u.Username, u.Gid)
	}
	ids := []string{u.Gid}
	err = eachEntry(groupFile, 4, func(f []string) bool {
		gid, err := strconv.Atoi(f[2])
		if err != nil || gid == primary {
			return false
		}
		for _, member := range strings.Split(f[3], ",") {
			if member == u.Username {
				ids = append(ids, strconv.Itoa(gid))
				break
			}
		}
		return false
	})
	return ids, err
}

func findUser(match func(fields []string) bool) (*User, error) {
	var u *User
	err := eachEntry(passwdFile, 7, func(f []string) bool {
		gid, err := strconv.Atoi(f[3])
		if err != nil || !match(f) {
			return false
		}
		uid, _ := strconv.Atoi(f[2])
		name, _, _ := strings.Cut(f[4], ",")
		u = &User{Uid: strconv.Itoa(uid), Gid: strconv.Itoa(gid), Username: f[0], Name: name, HomeDir: f[5]}
		return true
	})
	return u, err
}

func findGroup(match func(fields []string) bool) (*Group, error) {
	var g *Group
	err := eachEntry(groupFile, 4, func(f []string) bool {
		if !match(f) {
			return false
		}
		gid, _ := strconv.Atoi(f[2])
		g = &Group{Gid: strconv.Itoa(gid), Name: f[0]}
		return true
	})
	return g, err
}

// eachEntry calls visit with the colon-separated fields of each entry of an account file that
// has n fields and a numeric id in the third, until visit returns true. Comments, blank lines
// and NIS entries (+name, -name) are skipped.
func eachEntry(file string, n int, visit func(fields []string) bool) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		fields := strings.Split(line, ":")
		if len(fields) != n || fields[0] == "" {
			continue
		}
		if _, err := strconv.Atoi(fields[2]); err != nil {
			continue
		}
		if visit(fields) {
			return nil
		}
	}
	return sc.Err()
}
