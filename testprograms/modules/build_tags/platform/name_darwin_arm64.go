package platform

func name() string { return "darwin" }
