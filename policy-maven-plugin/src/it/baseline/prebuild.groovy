// Make the project a repository of its own, then record today's findings (one error, one
// warning) in a baseline with the library, as 'guidepost baseline write' does.
import dev.guidepost.CheckRequest
import dev.guidepost.Guidepost
import dev.guidepost.baseline.Baseline

new File(basedir, '.git').mkdirs()
def root = basedir.toPath()
def report = Guidepost.standard().check(CheckRequest.of(root).withWorkingDirectory(root).withPolicy('policies/team.yaml'))
assert report.findings().size() == 2
Baseline.write(report, root.resolve('guidepost-baseline.json'))
return true
