import sys

entries = [line.strip() for line in open(sys.argv[1]) if line.strip()]
print(f"{len(entries)} changelog entries")
