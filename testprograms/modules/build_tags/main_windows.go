package main

func init() { panic("windows only") }
