// This project's policy uses the markdown target; it runs once the library has that check.
return dev.guidepost.maven.ItProject.hasTarget("markdown")
