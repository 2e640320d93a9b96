package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelp is returned after printing a command's help on request.
var errHelp = errors.New("help requested")

// newFlagSet returns a flag set whose usage text shows synopsis, the flags
// and an example.
func newFlagSet(name, synopsis, example string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(fs.Output(), "\nExample:\n  %s\n", example)
	}
	return fs
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("analyze FILE --year 2022"), returning the
// positional arguments in order. "--" ends flag parsing.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usageError{err}
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, rest...), nil
		}
		// fs stopped at a positional argument: keep it, parse on.
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// listFlag is a comma-separated list flag such as --only xlsx,pdf.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, strings.ToLower(p))
		}
	}
	return nil
}

// parseOneFile parses the flags of a command that takes exactly one file
// (what names it in the error) and returns that file.
func parseOneFile(fs *flag.FlagSet, args []string, what string) (string, error) {
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return "", err
	}
	if len(pos) != 1 {
		fs.Usage()
		return "", usageError{fmt.Errorf("%s: want one %s, got %d", fs.Name(), what, len(pos))}
	}
	return pos[0], nil
}
