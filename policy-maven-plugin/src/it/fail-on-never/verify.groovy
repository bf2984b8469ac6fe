// Findings still show at their levels, the build passes, and only the JSON report is written.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/^\[ERROR\] CLAUDE\.md:1: \[acme\/claude-md-tests\] /, 1)
it.expectLogLines(/^\[INFO\] Guidepost: 1 error, 1 warning, 0 info \(failOn=never\) .*; reports: guidepost\.json in /, 1)
assert new File(basedir, 'target/guidepost').list() as List == ['guidepost.json']
return true
