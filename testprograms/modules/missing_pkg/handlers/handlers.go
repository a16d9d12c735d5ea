package handlers

import (
	"strings"

	"example.com/webapp/models"
	"github.com/gorilla/mux"
)

func Route(p string) string { return strings.TrimPrefix(p, "/") + mux.Vars + models.Name }
