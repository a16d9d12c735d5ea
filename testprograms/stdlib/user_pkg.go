// os/user: lookups of the accounts every Linux system has, errors for missing ones and
// malformed ids, and Current agreeing with os.Getuid.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"strconv"
)

func main() {
	u, err := user.Current()
	fmt.Println(err, u != nil && u.Uid == strconv.Itoa(os.Getuid()) && u.Gid == strconv.Itoa(os.Getgid()))
	again, _ := user.Current()
	fmt.Println(u != again, *u == *again)
	same, err := user.Lookup(u.Username)
	fmt.Println(err, *same == *u)

	root, err := user.Lookup("root")
	fmt.Printf("%+v %v\n", *root, err)
	byID, err := user.LookupId("0")
	fmt.Printf("%+v %v\n", *byID, err)
	ids, err := root.GroupIds()
	fmt.Println(len(ids) > 0 && ids[0] == "0", err)
	g, err := user.LookupGroup("root")
	fmt.Printf("%+v %v\n", *g, err)
	g, err = user.LookupGroupId("0")
	fmt.Printf("%+v %v\n", *g, err)

	for _, name := range []string{"no-such-user-xyz", ""} {
		_, err = user.Lookup(name)
		var unknown user.UnknownUserError
		fmt.Println(err, errors.As(err, &unknown))
	}
	_, err = user.LookupId("987654")
	fmt.Printf("%v %T\n", err, err)
	_, err = user.LookupId("abc")
	fmt.Printf("%v %T\n", err, err)
	_, err = user.LookupId("-1")
	fmt.Println(err)
	_, err = user.LookupGroup("no-such-group-xyz")
	fmt.Printf("%v %T\n", err, err)
	_, err = user.LookupGroupId("987654")
	fmt.Printf("%v %T\n", err, err)
	_, err = user.LookupGroupId("x1")
	fmt.Println(err)
	_, err = (&user.User{Username: "nobody", Gid: "zz"}).GroupIds()
	fmt.Println(err)
	fmt.Println(user.UnknownUserIdError(42), user.UnknownGroupIdError("7"), user.UnknownGroupError("g"), user.UnknownUserError("u"))
}
