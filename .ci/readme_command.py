"""Print command line N (1-based) of the first fenced code block under '## Quickstart' in a README."""

import sys


def quickstart_commands(text):
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "## Quickstart")
    fence = next(i for i in range(start, len(lines)) if lines[i].startswith("```"))
    end = next(i for i in range(fence + 1, len(lines)) if lines[i].startswith("```"))
    return [line for line in lines[fence + 1:end] if line.strip()]


if __name__ == "__main__":
    path, number = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as handle:
        print(quickstart_commands(handle.read())[number - 1])
