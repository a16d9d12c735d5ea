// encoding/json reports bad base64 in a []byte field with encoding/base64's own error type.
package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
)

func main() {
	var b []byte
	err := json.Unmarshal([]byte(`"!!!"`), &b)
	var ce base64.CorruptInputError
	fmt.Printf("%T %v %v\n", err, err, errors.As(err, &ce))
	out, _ := json.Marshal([]byte("hi"))
	fmt.Println(string(out))
/
