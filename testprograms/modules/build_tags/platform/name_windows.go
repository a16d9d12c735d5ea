package platform

func name() string { return "windows" }
