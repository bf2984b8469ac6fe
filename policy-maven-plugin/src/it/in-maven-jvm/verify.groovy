// The check inside Maven's JVM (fork=false) and in a forked JVM log the same lines and fail the same way.
def it = new dev.guidepost.maven.ItProject(basedir)
def runs = it.goalLogs()
assert runs.size() == 2 : "expected two runs of the goal in build.log, found ${runs.size()}"
assert runs[0] == runs[1] : "inside Maven's JVM:\n${runs[0].join('\n')}\nforked:\n${runs[1].join('\n')}"
it.expectLogLines(/^\[ERROR\] CLAUDE\.md:1: \[acme\/claude-md-tests\] .*\btests\b.*$/, 2)
it.expectLogLines(/^\[ERROR\] Failed to execute goal .*policy-maven-plugin:.*:check .*: Guidepost: 1 error, 1 warning, 0 info \(fails on error and above\) in \d+ files with policy acme-team; reports: guidepost\.txt, guidepost\.json.* in .*target.guidepost/, 2)
it.expectLogLines(/restricted method|forked JVM/, 0)
it.expectDefaultReports('.')
it.expectJsonAsLibrary('.', 'policies/team.yaml')
return true
