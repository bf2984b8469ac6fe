// A forked JVM that cannot start is an execution problem that says why, in a few lines, with no report written.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/^\[ERROR\] Failed to execute goal .*policy-maven-plugin:.*:check .*: Guidepost's forked JVM \(.*java\) ended with exit code 1 before it had a result; it printed:$/, 1)
it.expectLogLines(/^\[ERROR\]   .*NoSuchGuidepostOption/, 1)
it.expectLogLines(/^\[ERROR\] Check the <jvm> and <jvmArgs> parameters, or set -Dguidepost.fork=false/, 1)
// (the build runs with -e: Maven shows its own exception caused by the goal's, and nothing under that)
it.expectLogLines(/Caused by: (?!org\.apache\.maven\.plugin\.MojoExecutionException: Guidepost's forked JVM)/, 0)
assert !new File(basedir, 'target/guidepost').exists()
return true
