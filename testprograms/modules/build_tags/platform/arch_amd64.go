package platform

func arch() string { return "amd64" }
