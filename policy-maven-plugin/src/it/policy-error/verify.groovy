// A policy error is an execution problem (not a failed check) listing every mistake with file:line:col.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/^\[ERROR\] Failed to execute goal .*policy-maven-plugin:.*:check .*: Invalid Guidepost policy \(3 problems\):$/, 1)
it.expectLogLines(/^\[ERROR\] guidepost\.yaml:5:13: unknown target 'no-such-target'/, 1)
it.expectLogLines(/^\[ERROR\] guidepost\.yaml:7:13: unknown target 'no-such-target'/, 1)
it.expectLogLines(/^\[ERROR\] guidepost\.yaml:8:15: unknown severity 'fatal'/, 1)
assert !new File(basedir, 'target/guidepost').exists()
return true
