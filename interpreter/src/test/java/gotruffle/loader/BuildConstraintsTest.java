package gotruffle.loader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** go/build's file selection for linux/amd64 (gc, no cgo). */
class BuildConstraintsTest {

    @Test
    void fileNameSuffixes() {
        assertTrue(BuildConstraints.fileNameMatches("main.go"));
        assertTrue(BuildConstraints.fileNameMatches("x_linux.go"));
        assertTrue(BuildConstraints.fileNameMatches("x_amd64.go"));
        assertTrue(BuildConstraints.fileNameMatches("x_linux_amd64.go"));
        assertTrue(BuildConstraints.fileNameMatches("x_linux_test.go"));
        assertFalse(BuildConstraints.fileNameMatches("x_windows.go"));
        assertFalse(BuildConstraints.fileNameMatches("x_arm64.go"));
        assertFalse(BuildConstraints.fileNameMatches("x_linux_arm64.go"));
        assertFalse(BuildConstraints.fileNameMatches("x_darwin_amd64.go"));
        assertFalse(BuildConstraints.fileNameMatches("x_windows_test.go"));
        assertTrue(BuildConstraints.fileNameMatches("linux.go"), "only a suffix after _ counts");
        assertTrue(BuildConstraints.fileNameMatches("x_unknownos.go"));
    }

    @Test
    void goBuildExpressions() throws ModFileException {
        assertTrue(BuildConstraints.headerMatches("//go:build linux\n\npackage p\n"));
        assertFalse(BuildConstraints.headerMatches("//go:build ignore\n\npackage p\n"));
        assertTrue(BuildConstraints.headerMatches("// Copyright\n\n//go:build (linux || darwin) && amd64 && !cgo\n\npackage p\n"));
        assertFalse(BuildConstraints.headerMatches("//go:build cgo\npackage p\n"));
        assertTrue(BuildConstraints.headerMatches("//go:build unix && gc && go1.18 && !go1.20\npackage p\n"));
        assertFalse(BuildConstraints.headerMatches("//go:build go1.20\npackage p\n"));
        assertTrue(BuildConstraints.headerMatches("//go:build !windows\n/* a block\ncomment */\npackage p\n"));
        assertTrue(BuildConstraints.headerMatches("package p\n\n//go:build ignore\n"), "after the package clause it is an ordinary comment");
        assertThrows(ModFileException.class, () -> BuildConstraints.headerMatches("//go:build linux\n//go:build amd64\npackage p\n"));
        assertThrows(ModFileException.class, () -> BuildConstraints.headerMatches("//go:build (linux\npackage p\n"));
    }

    @Test
    void plusBuildLinesNeedABlankLineAfterThem() throws ModFileException {
        assertFalse(BuildConstraints.headerMatches("// +build windows plan9\n\npackage p\n"));
        assertTrue(BuildConstraints.headerMatches("// +build windows linux,amd64\n\npackage p\n"));
        assertFalse(BuildConstraints.headerMatches("// +build linux\n// +build arm\n\npackage p\n"), "lines are and-ed");
        assertTrue(BuildConstraints.headerMatches("// +build linux,!arm\n\npackage p\n"));
        assertTrue(BuildConstraints.headerMatches("// +build windows\npackage p\n"), "no blank line: not a constraint");
        assertTrue(BuildConstraints.headerMatches("//go:build linux\n// +build windows\n\npackage p\n"), "//go:build wins");
    }
}
